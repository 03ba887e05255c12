import { Container, Text } from "@medusajs/ui"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { formatCount } from "../../../lib/statistics/format"
import { EmptyState } from "../empty-state"
import { IndicatorHelp } from "../indicator-help"

/** The latest SEO audit's score out of 100, or how to get one. */
export function AuditScoreCard({ score }: { score: number | null }) {
  const definition = indicator("audit_score")
  return (
    <Container className="flex flex-col gap-2 px-4 py-3" data-testid="kpi-audit_score">
      <div className="flex items-center justify-between gap-2">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {definition.label_fr}
        </Text>
        <IndicatorHelp definition={definition} />
      </div>
      {score === null ? (
        <EmptyState message={messages.empty.audit} />
      ) : (
        <Text size="xlarge" weight="plus" className="tabular-nums">
          {formatCount(score)} {messages.seo.outOf100}
        </Text>
      )}
    </Container>
  )
}
