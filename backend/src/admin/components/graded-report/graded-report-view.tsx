import type { GradedReport } from "@comptoir/analytics"
import { Heading, Text } from "@medusajs/ui"
import { reportMessages } from "../../lib/graded-report/messages"
import { periodText } from "../../lib/graded-report/period-text"
import { AcquisitionSection, ConversionSection, IdentitySection, IndicatorsSection } from "./overview-sections"
import { ActivitySection, PromotionsSection, SeoSection } from "./results-sections"

/** The report as it prints: a title, then one section per A4 page. */
export function GradedReportView({ report }: { report: GradedReport }) {
  return (
    <article id="rapport-imprimable" className="flex flex-col gap-3">
      <header className="flex flex-col gap-1 px-1">
        <Heading level="h1">
          {reportMessages.title} — {report.shop.name}
        </Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {periodText(report.period)}
        </Text>
      </header>
      <IdentitySection report={report} />
      <IndicatorsSection report={report} />
      <AcquisitionSection report={report} />
      <ConversionSection report={report} />
      <PromotionsSection report={report} />
      <SeoSection report={report} />
      <ActivitySection report={report} />
    </article>
  )
}
