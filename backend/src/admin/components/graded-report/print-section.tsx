import { Container, Heading } from "@medusajs/ui"
import type { ReactNode } from "react"
import { reportMessages } from "../../lib/graded-report/messages"

export type SectionId = keyof typeof reportMessages.sections

/** A section of the printed report: its h2 carries a stable id (the browser test finds them). */
export function PrintSection({ id, children }: { id: SectionId; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Container className="flex flex-col gap-3 px-6 py-4">
        <Heading level="h2" id={id}>
          {reportMessages.sections[id]}
        </Heading>
        {children}
      </Container>
    </section>
  )
}
