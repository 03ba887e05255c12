import { Button, Container, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { createShareLink, listShareLinks, revokeShareLink } from "../../lib/graded-report/api"
import { reportMessages } from "../../lib/graded-report/messages"
import type { ResolvedFilter } from "../../lib/statistics/filter"
import { periodText } from "../../lib/graded-report/period-text"

const SHARE_LINKS_KEY = ["rapport", "liens"] as const
const day = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" })

/** Create (for the chosen period), list and revoke the jury's read-only links. Not printed. */
export function ShareLinksPanel({ filter }: { filter: ResolvedFilter }) {
  const s = reportMessages.share
  const client = useQueryClient()
  const links = useQuery({ queryKey: SHARE_LINKS_KEY, queryFn: listShareLinks })
  const [validity, setValidity] = useState("14")
  const [label, setLabel] = useState("")
  const [createdUrl, setCreatedUrl] = useState<string | null>(null)
  const create = useMutation({
    mutationFn: () => createShareLink(filter, Number(validity), label),
    onSuccess: (result) => {
      setCreatedUrl(result.url)
      void client.invalidateQueries({ queryKey: SHARE_LINKS_KEY })
    },
    onError: (error) => toast.error(error.message),
  })
  const revoke = useMutation({
    mutationFn: revokeShareLink,
    onSuccess: () => void client.invalidateQueries({ queryKey: SHARE_LINKS_KEY }),
    onError: (error) => toast.error(error.message),
  })
  return (
    <Container className="no-print flex flex-col gap-3 px-6 py-4">
      <Heading level="h2">{s.title}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {s.hint}
      </Text>
      <form
        className="flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault()
          create.mutate()
        }}
      >
        <div className="flex flex-col gap-1">
          <Label htmlFor="rapport-validite" size="small">{s.validity}</Label>
          <Input id="rapport-validite" type="number" min={1} max={90} value={validity} onChange={(event) => setValidity(event.target.value)} className="w-28" />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="rapport-note" size="small">{s.label}</Label>
          <Input id="rapport-note" maxLength={120} value={label} onChange={(event) => setLabel(event.target.value)} />
        </div>
        <Button type="submit" size="small" isLoading={create.isPending}>{s.create}</Button>
      </form>
      {createdUrl && (
        <div className="bg-ui-bg-subtle flex flex-col gap-2 rounded-md p-3">
          <Text size="small" weight="plus">{s.created}</Text>
          <div className="flex items-center gap-2">
            <Input readOnly value={createdUrl} onFocus={(event) => event.target.select()} aria-label={s.created} />
            <Button size="small" variant="secondary" type="button" onClick={() => void navigator.clipboard?.writeText(createdUrl)}>
              {s.copy}
            </Button>
          </div>
        </div>
      )}
      {links.data && links.data.links.length === 0 && <Text size="small" className="text-ui-fg-subtle">{s.none}</Text>}
      <ul className="flex flex-col divide-y">
        {links.data?.links.map((link) => (
          <li key={link.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <Text size="small">
              {link.label ? `${link.label} — ` : ""}
              {periodText({ from: link.from, to: link.to })} · {link.expired ? s.expired : s.expires(day.format(new Date(link.expires_at)))}
            </Text>
            <Button size="small" variant="danger" type="button" isLoading={revoke.isPending && revoke.variables === link.id} onClick={() => revoke.mutate(link.id)}>
              {s.revoke}
            </Button>
          </li>
        ))}
      </ul>
    </Container>
  )
}
