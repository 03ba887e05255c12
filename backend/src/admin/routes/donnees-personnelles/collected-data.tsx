import { Container, Heading, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { fetchRetention, type RetentionFigures } from "./api"
import { personalDataMessages as m } from "./messages"

/** What the shop collects and for how long: the page's explanation for teachers and students. */
export function CollectedData() {
  const [figures, setFigures] = useState<RetentionFigures | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    fetchRetention().then(setFigures, (reason: Error) => setError(reason.message))
  }, [])
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{m.collected.heading}</Heading>
      <Text weight="plus">{m.collected.analyticsTitle}</Text>
      <ul className="list-disc pl-6">
        {m.collected.analytics.map((line) => (
          <li key={line}><Text size="small">{line}</Text></li>
        ))}
      </ul>
      <Text weight="plus">{m.collected.ordersTitle}</Text>
      <ul className="list-disc pl-6">
        {m.collected.orders.map((line) => (
          <li key={line}><Text size="small">{line}</Text></li>
        ))}
      </ul>
      <Heading level="h2">{m.retention.heading}</Heading>
      {error && <Text className="text-ui-fg-error">{m.error(error)}</Text>}
      {figures && (
        <ul className="list-disc pl-6">
          <li><Text size="small">{m.retention.events(figures.analytics_retention_months)}</Text></li>
          <li><Text size="small">{m.retention.visitorId(figures.visitor_id_max_months)}</Text></li>
          <li><Text size="small">{m.retention.consent(figures.consent_max_months)}</Text></li>
          <li><Text size="small">{m.retention.orders}</Text></li>
        </ul>
      )}
    </Container>
  )
}
