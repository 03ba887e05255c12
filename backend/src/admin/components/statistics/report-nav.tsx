import { clx } from "@medusajs/ui"
import { NavLink } from "react-router-dom"
import { messages } from "../../lib/statistics/messages"
import { REPORT_PAGES, reportPagePath } from "../../lib/statistics/reports"

/** Links between the report pages; they keep the chosen period (the URL's query). */
export function ReportNav({ search }: { search: string }) {
  return (
    <nav aria-label={messages.nav.label} className="flex flex-wrap gap-1">
      {REPORT_PAGES.map((page) => (
        <NavLink
          key={page.report}
          to={`${reportPagePath(page)}${search}`}
          end
          className={({ isActive }) =>
            clx(
              "txt-compact-small-plus rounded-md px-3 py-1.5 transition-colors",
              isActive
                ? "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
                : "text-ui-fg-subtle hover:bg-ui-bg-base-hover hover:text-ui-fg-base",
            )
          }
        >
          {page.label}
        </NavLink>
      ))}
    </nav>
  )
}
