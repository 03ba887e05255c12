import type { ReportId } from "@comptoir/analytics"
import { ArrowDownTray } from "@medusajs/icons"
import { reportUrl } from "../../lib/statistics/api"
import type { ResolvedFilter } from "../../lib/statistics/filter"
import { messages } from "../../lib/statistics/messages"

interface CsvExportLinkProps {
  report: ReportId
  filter: ResolvedFilter
}

/**
 * A plain link, not a fetch: the browser downloads the file with the admin's session cookie
 * and the name the API gives it.
 */
export function CsvExportLink({ report, filter }: CsvExportLinkProps) {
  return (
    <a
      href={reportUrl(report, filter, "csv")}
      download
      className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex items-center gap-1"
    >
      <ArrowDownTray aria-hidden />
      {messages.table.exportCsv}
    </a>
  )
}
