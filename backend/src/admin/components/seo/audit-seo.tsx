import { Button, Container, Heading, Text, TooltipProvider, toast } from "@medusajs/ui"
import { QueryClientProvider, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { fetchSeoAudits, SeoRequestError, startSeoAudit } from "./api"
import { AuditDetail, inProgress, POLL_MS } from "./audit-detail"
import { AuditHistory } from "./audit-history"
import { seoMessages } from "./messages"
import { seoKeys, seoQueryClient } from "./query-client"
import { SeoSpreadsheet } from "./seo-spreadsheet"

const m = seoMessages.audit

function AuditSeoContent() {
  const queryClient = useQueryClient()
  const [chosenId, setChosenId] = useState<string | null>(null)
  const history = useQuery({
    queryKey: seoKeys.audits,
    queryFn: ({ signal }) => fetchSeoAudits(signal).then(({ seo_audits }) => seo_audits),
    refetchInterval: (current) => ((current.state.data ?? []).some(inProgress) ? POLL_MS : false),
  })
  const start = useMutation({
    mutationFn: startSeoAudit,
    onSuccess: ({ seo_audit }) => {
      setChosenId(seo_audit.id)
      void queryClient.invalidateQueries({ queryKey: seoKeys.audits })
    },
    onError: (error) => {
      if (error instanceof SeoRequestError && error.status === 409) {
        toast.warning(m.alreadyRunning)
        void queryClient.invalidateQueries({ queryKey: seoKeys.audits })
      } else {
        toast.error(m.startError, { description: error.message })
      }
    },
  })
  const audits = history.data ?? []
  const running = audits.some(inProgress)
  // Without a choice: the audit in progress, else the latest one.
  const shownId = chosenId ?? audits.find(inProgress)?.id ?? audits[0]?.id ?? null

  return (
    <div className="flex flex-col gap-3">
      <Container className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div className="flex max-w-2xl flex-col gap-1">
          <Heading level="h1">{m.title}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{m.intro}</Text>
        </div>
        <Button onClick={() => start.mutate()} isLoading={start.isPending} disabled={running} data-testid="seo-audit-start">
          {start.isPending ? m.starting : m.start}
        </Button>
      </Container>
      {history.isError && (
        <Container><Text size="small" className="text-ui-fg-error" role="alert">{m.loadError} : {history.error.message}</Text></Container>
      )}
      {history.isSuccess && audits.length === 0 && (
        <Container><Text size="small" className="text-ui-fg-subtle">{m.noAudit}</Text></Container>
      )}
      {shownId && <AuditDetail key={shownId} id={shownId} />}
      <Container className="flex flex-col gap-2 px-6 py-4">
        <Heading level="h2">{m.history}</Heading>
        <AuditHistory audits={audits} selectedId={shownId} onSelect={setChosenId} />
      </Container>
      <SeoSpreadsheet />
    </div>
  )
}

/** The "Audit SEO" page: start a crawl of the storefront, follow it, read its results and history. */
export function AuditSeo() {
  return (
    <QueryClientProvider client={seoQueryClient}>
      <TooltipProvider delayDuration={150}>
        <AuditSeoContent />
      </TooltipProvider>
    </QueryClientProvider>
  )
}
