import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

interface ReportSectionProps {
  title: string
  description?: string
  /** Beside the title: the CSV export link, a help button… */
  actions?: ReactNode
  children: ReactNode
}

/** A titled block of a report page (a chart, a table). */
export function ReportSection({ title, description, actions, children }: ReportSectionProps) {
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div className="flex flex-col gap-1">
          <Heading level="h2">{title}</Heading>
          {description && (
            <Text size="small" className="text-ui-fg-subtle">
              {description}
            </Text>
          )}
        </div>
        {actions}
      </div>
      <div>{children}</div>
    </Container>
  )
}
