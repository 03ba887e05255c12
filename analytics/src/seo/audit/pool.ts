/**
 * Runs `task` over `items` with at most `concurrency` in flight, keeping the input order in the
 * result. A dozen lines rather than a dependency (p-limit) for one caller. `task` must not throw.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index] as T, index)
    }
  }
  const workers = Math.max(1, Math.min(Math.floor(concurrency) || 1, items.length))
  await Promise.all(Array.from({ length: workers }, worker))
  return results
}
