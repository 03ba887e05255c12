import { ArrowDownTray } from "@medusajs/icons"
import { Button, Container, Heading, Text, clx } from "@medusajs/ui"
import { QueryClient, QueryClientProvider, keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { ActorSummaryTable } from "./actor-summary-table"
import { exportUrl, fetchJournal, fetchSummary } from "./api"
import { JournalFilters } from "./journal-filters"
import { JournalTable } from "./journal-table"
import { messages } from "./messages"
import { EMPTY_FILTER, type JournalFilter } from "./query"

// The page brings its own QueryClient: the dashboard bundles its own copy of TanStack Query,
// whose provider this copy cannot see (as in the Statistiques pages). The journal changes with
// every admin action: no staleness beyond a few seconds.
const journalQueryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: 5_000, retry: false, refetchOnWindowFocus: true } },
})

export function JournalPage() {
  return (
    <QueryClientProvider client={journalQueryClient}>
      <Journal />
    </QueryClientProvider>
  )
}

function Journal() {
  const [filter, setFilter] = useState<JournalFilter>(EMPTY_FILTER)
  const summary = useQuery({
    queryKey: ["activity", "summary", filter.fromDay, filter.toDay],
    queryFn: ({ signal }) => fetchSummary(filter, signal),
    placeholderData: keepPreviousData,
  })
  const journal = useQuery({
    queryKey: ["activity", "list", filter],
    queryFn: ({ signal }) => fetchJournal(filter, signal),
    placeholderData: keepPreviousData,
  })
  const error = summary.error ?? journal.error
  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex items-start justify-between gap-4 px-6 py-4">
          <div>
            <Heading level="h1">{messages.title}</Heading>
            <Text size="small" className="text-ui-fg-subtle mt-1 max-w-2xl">
              {messages.intro}
            </Text>
          </div>
          <a
            href={exportUrl(filter)}
            download
            className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover inline-flex shrink-0 items-center gap-1"
          >
            <ArrowDownTray aria-hidden />
            {messages.table.exportCsv}
          </a>
        </div>
        <JournalFilters filter={filter} people={summary.data?.actors ?? []} onChange={setFilter} />
        {error && (
          <div className="flex items-center gap-3 px-6 py-4">
            <Text size="small" className="text-ui-fg-error">
              {messages.error} {error.message}
            </Text>
            <Button size="small" variant="secondary" onClick={() => void Promise.all([summary.refetch(), journal.refetch()])}>
              {messages.retry}
            </Button>
          </div>
        )}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          {messages.summary.title}
        </Heading>
        {summary.data ? (
          <div className={clx(summary.isPlaceholderData && "opacity-60")}>
            <ActorSummaryTable actors={summary.data.actors} />
          </div>
        ) : (
          !error && <Loading />
        )}
      </Container>
      <Container className="divide-y p-0">
        <Heading level="h2" className="px-6 py-4">
          {messages.table.title}
        </Heading>
        {journal.data ? (
          <div aria-busy={journal.isFetching} className={clx(journal.isPlaceholderData && "opacity-60")}>
            <JournalTable page={journal.data} pageIndex={filter.page} onPageChange={(page) => setFilter({ ...filter, page })} />
          </div>
        ) : (
          !error && <Loading />
        )}
      </Container>
    </div>
  )
}

function Loading() {
  return (
    <Text size="small" className="text-ui-fg-subtle px-6 py-4">
      {messages.loading}
    </Text>
  )
}
