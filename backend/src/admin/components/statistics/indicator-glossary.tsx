import { INDICATORS_BY_REPORT, type ReportId } from "@comptoir/analytics"
import { Container } from "@medusajs/ui"
import { indicator } from "../../lib/statistics/indicators"
import { messages } from "../../lib/statistics/messages"

/**
 * Every indicator of the report, defined in one list under the figures: what a student
 * quotes when explaining a number (the CSV export ends with the same list).
 */
export function IndicatorGlossary({ report }: { report: ReportId }) {
  return (
    <Container className="p-0">
      <details>
        <summary className="txt-compact-small-plus text-ui-fg-subtle cursor-pointer px-6 py-4">
          {messages.glossary.title}
        </summary>
        <dl className="flex flex-col gap-3 px-6 pb-4">
          {INDICATORS_BY_REPORT[report].map((id) => {
            const definition = indicator(id)
            return (
              <div key={id}>
                <dt className="txt-compact-small-plus text-ui-fg-base">{definition.label_fr}</dt>
                <dd className="txt-small text-ui-fg-base">
                  {definition.explanation_fr}{" "}
                  <span className="text-ui-fg-subtle">
                    {messages.help.formula} {definition.formula_fr}
                  </span>
                </dd>
              </div>
            )
          })}
        </dl>
      </details>
    </Container>
  )
}
