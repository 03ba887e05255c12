import type { AcquisitionReport } from "@comptoir/analytics"
import { Tabs } from "@medusajs/ui"
import { messages } from "../../../lib/statistics/messages"
import { ReportSection } from "../report-section"
import { AcquisitionTable } from "./acquisition-table"

/** The three UTM parameters of campaign links, one tab each. */
export function UtmTabs({ report }: { report: AcquisitionReport }) {
  const a = messages.acquisition
  const tabs = [
    { value: "source", label: a.utmSources, rows: report.utm_sources },
    { value: "medium", label: a.utmMediums, rows: report.utm_mediums },
    { value: "campaign", label: a.utmCampaigns, rows: report.utm_campaigns },
  ]
  return (
    <ReportSection title={a.utm} description={a.utmHint}>
      <Tabs defaultValue="source">
        <div className="px-6 pt-3">
          <Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Trigger key={tab.value} value={tab.value}>
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
        </div>
        {tabs.map((tab) => (
          <Tabs.Content key={tab.value} value={tab.value} className="pt-2">
            <AcquisitionTable rows={tab.rows} keyHeader={tab.label} currency={report.currency} />
          </Tabs.Content>
        ))}
      </Tabs>
    </ReportSection>
  )
}
