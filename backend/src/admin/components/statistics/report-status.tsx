import { Button, Container, Skeleton, Text } from "@medusajs/ui"
import { ReportRequestError } from "../../lib/statistics/api"
import { messages } from "../../lib/statistics/messages"

/** Placeholder blocks while a report is computed. */
export function ReportLoading() {
  return (
    <div role="status" aria-label={messages.status.loading} className="flex flex-col gap-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} className="h-24 w-full" />
        ))}
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  )
}

function explain(error: unknown): string {
  if (error instanceof ReportRequestError) {
    if (error.status === 401) return messages.status.unauthorized
    if (error.status === 400) return `${messages.status.badRequest} ${error.message}`
    return `${messages.status.error} (${error.message})`
  }
  return messages.status.error
}

/** The report could not be loaded: why, and a way to try again. */
export function ReportError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return (
    <Container role="alert" className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
      <Text size="small">{explain(error)}</Text>
      <Button size="small" variant="secondary" onClick={onRetry}>
        {messages.status.retry}
      </Button>
    </Container>
  )
}
