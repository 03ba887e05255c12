import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useSearchParams } from "react-router-dom"
import { ComparisonPicker } from "../../../components/graded-report/comparison-picker"
import { ComparisonResults } from "../../../components/graded-report/comparison-results"
import { EmptyState } from "../../../components/statistics/empty-state"
import { FilterToggle } from "../../../components/statistics/filter-toggle"
import { ReportError, ReportLoading } from "../../../components/statistics/report-status"
import { StatisticsProvider } from "../../../components/statistics/statistics-provider"
import { comparisonCsvUrl, fetchComparison, listComparableItems } from "../../../lib/graded-report/api"
import { comparisonMessages as m } from "../../../lib/graded-report/messages"

/** The choice lives in the URL (`?ids=…&simulated=0`), so a comparison can be bookmarked or sent. */
function useComparisonChoice() {
  const [params, setParams] = useSearchParams()
  const ids = (params.get("ids") ?? "").split(",").filter(Boolean)
  const includeSimulated = params.get("simulated") !== "0"
  const update = (next: { ids?: string[]; includeSimulated?: boolean }) => {
    const search = new URLSearchParams()
    const chosen = next.ids ?? ids
    if (chosen.length > 0) search.set("ids", chosen.join(","))
    if (!(next.includeSimulated ?? includeSimulated)) search.set("simulated", "0")
    setParams(search, { replace: true })
  }
  return { ids, includeSimulated, update }
}

function ComparisonContent() {
  const { ids, includeSimulated, update } = useComparisonChoice()
  const options = useQuery({ queryKey: ["comparaison", "options"], queryFn: listComparableItems })
  const comparison = useQuery({
    queryKey: ["comparaison", ids.join(","), includeSimulated],
    queryFn: ({ signal }) => fetchComparison(ids, includeSimulated, signal),
    enabled: ids.length > 0,
    placeholderData: keepPreviousData,
  })
  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="flex flex-col gap-1">
            <Heading level="h1">{m.title}</Heading>
            <Text size="small" className="text-ui-fg-subtle">{m.subtitle}</Text>
          </div>
          {ids.length > 0 && (
            <a href={comparisonCsvUrl(ids, includeSimulated)} download className="txt-compact-small-plus text-ui-fg-interactive inline-flex items-center gap-1">
              <ArrowDownTray aria-hidden />
              {m.exportCsv}
            </a>
          )}
        </div>
        <FilterToggle id="comparaison-simule" label={m.includeSimulated} checked={includeSimulated} onChange={(value) => update({ includeSimulated: value })} />
        {options.isError ? (
          <ReportError error={options.error} onRetry={() => void options.refetch()} />
        ) : options.data ? (
          <ComparisonPicker items={options.data.items} selected={ids} onChange={(next) => update({ ids: next.slice(0, 8) })} />
        ) : (
          <ReportLoading />
        )}
      </Container>
      {ids.length === 0 ? (
        <EmptyState message={m.empty} />
      ) : comparison.isError && !comparison.data ? (
        <ReportError error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : comparison.data ? (
        <ComparisonResults comparison={comparison.data} />
      ) : (
        <ReportLoading />
      )}
    </div>
  )
}

const ComparisonPage = () => (
  <StatisticsProvider>
    <ComparisonContent />
  </StatisticsProvider>
)

export const config = defineRouteConfig({ label: m.title, rank: 8 })

export default ComparisonPage
