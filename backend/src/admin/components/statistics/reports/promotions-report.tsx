import type { PromotionsReport } from "@comptoir/analytics"
import type { ResolvedFilter } from "../../../lib/statistics/filter"
import { indicator } from "../../../lib/statistics/indicators"
import { messages } from "../../../lib/statistics/messages"
import { EmptyState } from "../empty-state"
import { RankingChart } from "../ranking-chart"
import { ReportSection } from "../report-section"
import { CampaignsTable } from "./campaigns-table"
import { KpiGrid } from "./kpi-grid"
import { PromotionsTable } from "./promotions-table"

interface PromotionsReportViewProps {
  report: PromotionsReport
  filter: ResolvedFilter
}

export function PromotionsReportView({ report, filter }: PromotionsReportViewProps) {
  const m = messages.promotions
  const withPromotion = report.average_basket_with_promotion.value
  const withoutPromotion = report.average_basket_without_promotion.value
  return (
    <>
      {!report.orders_with_promotion.value && <EmptyState message={messages.empty.promotions} />}
      <KpiGrid
        items={[
          { id: "orders_with_promotion", metric: report.orders_with_promotion },
          { id: "discount_total", metric: report.discount_total },
          { id: "average_basket_with_promotion", metric: report.average_basket_with_promotion },
          { id: "average_basket_without_promotion", metric: report.average_basket_without_promotion },
        ]}
        currency={report.currency}
        compare={filter.compare}
      />
      {(withPromotion !== null || withoutPromotion !== null) && (
        <ReportSection title={m.baskets}>
          <RankingChart
            bars={[
              { label: m.with, value: withPromotion },
              { label: m.without, value: withoutPromotion },
            ]}
            name={indicator("average_basket").label_fr}
            unit="currency"
            currency={report.currency}
          />
        </ReportSection>
      )}
      <ReportSection title={m.promotions}>
        <PromotionsTable rows={report.promotions} currency={report.currency} />
      </ReportSection>
      <ReportSection title={m.campaigns}>
        <CampaignsTable rows={report.campaigns} currency={report.currency} />
      </ReportSection>
    </>
  )
}
