import { z } from "zod"

/**
 * Arguments of `medusa exec ./src/scripts/simulate.ts`, as `key=value` words (medusa exec's
 * own option parser would swallow `--days`): run-with-db.ts turns `--days 90` into `days=90`.
 */
export const simulateArgsSchema = z
  .object({
    days: z.coerce.number().int().min(1).max(730).default(30),
    visitors: z.coerce.number().int().min(1).max(20_000).default(300),
    seed: z.coerce.number().int().min(0).max(2 ** 31).default(42),
    storefront: z.url().default("http://localhost:8000"),
    /** Where to write the run's figures as JSON (the benchmark reads them). */
    report: z.string().min(1).optional(),
  })
  .strict()

export type SimulateArgs = z.infer<typeof simulateArgsSchema>

export function parseSimulateArgs(words: readonly string[]): SimulateArgs {
  const entries = words.map((word) => {
    const index = word.indexOf("=")
    if (index <= 0) throw new Error(`argument « ${word} » : attendu clé=valeur (days=90, visitors=300, seed=42)`)
    return [word.slice(0, index), word.slice(index + 1)] as const
  })
  const given = Object.fromEntries(entries)
  if ("live" in given || "rate" in given) {
    throw new Error("le mode --live n'est pas encore disponible : seul l'historique (--days) est simulé pour l'instant")
  }
  const parsed = simulateArgsSchema.safeParse(given)
  if (!parsed.success) throw new Error(`arguments invalides : ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
