import type { ReportId } from "@comptoir/analytics"
import { messages } from "./messages"

/** The Statistiques pages: the report each one shows and its path under /app/statistiques. */
export interface ReportPage {
  report: ReportId
  /** Path segment under /statistiques ("" for the overview). */
  segment: string
  label: string
}

export const REPORT_PAGES: readonly ReportPage[] = [
  { report: "overview", segment: "", label: messages.nav.overview },
  { report: "traffic", segment: "trafic", label: messages.nav.traffic },
  { report: "acquisition", segment: "acquisition", label: messages.nav.acquisition },
  { report: "conversion", segment: "conversion", label: messages.nav.conversion },
  { report: "products", segment: "produits", label: messages.nav.products },
  { report: "promotions", segment: "promotions", label: messages.nav.promotions },
  { report: "referencement", segment: "referencement", label: messages.nav.referencement },
]

export const STATISTICS_BASE_PATH = "/statistiques"

export function reportPagePath(page: ReportPage): string {
  return page.segment ? `${STATISTICS_BASE_PATH}/${page.segment}` : STATISTICS_BASE_PATH
}
