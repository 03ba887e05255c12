import type { ProductsReport } from "@comptoir/analytics"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { EmptyState } from "../empty-state"
import { RankingChart } from "../ranking-chart"
import { ReportSection } from "../report-section"
import { ProductsTable } from "./products-table"
import { SearchTermsTable } from "./search-terms-table"

const CHART_PRODUCTS = 10

interface ProductsReportViewProps {
  report: ProductsReport
  filter: ResolvedFilter
}

export function ProductsReportView({ report }: ProductsReportViewProps) {
  const p = messages.products
  const bestSellers = [...report.products]
    .filter((row) => row.revenue > 0)
    .sort((a, b) => b.revenue - a.revenue)
    .slice(0, CHART_PRODUCTS)
  return (
    <>
      {report.products.length === 0 && <EmptyState message={messages.empty.traffic} />}
      {bestSellers.length > 0 && (
        <ReportSection title={p.bestSellers}>
          <RankingChart
            bars={bestSellers.map((row) => ({ label: row.title, value: row.revenue }))}
            name={indicator("product_revenue").label_fr}
            unit="currency"
            currency={report.currency}
          />
        </ReportSection>
      )}
      <ReportSection title={p.products}>
        <ProductsTable rows={report.products} currency={report.currency} />
      </ReportSection>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-2">
        <ReportSection title={p.searchTerms}>
          <SearchTermsTable rows={report.search_terms} empty={messages.empty.searches} />
        </ReportSection>
        <ReportSection title={p.zeroResultTerms} description={indicator("zero_result_searches").explanation_fr}>
          <SearchTermsTable rows={report.zero_result_terms} empty={messages.empty.zeroResults} zeroResults />
        </ReportSection>
      </div>
    </>
  )
}
