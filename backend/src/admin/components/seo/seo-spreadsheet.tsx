import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation } from "@tanstack/react-query"
import { useRef } from "react"
import { importSeoCsv, seoExportUrl, type SeoImportResult } from "./api"
import { seoMessages } from "./messages"

const m = seoMessages.spreadsheet

function Rejected({ result }: { result: SeoImportResult }) {
  return (
    <div role="alert" className="flex flex-col gap-1" data-testid="seo-import-errors">
      <Text size="small" className="text-ui-fg-error">{m.rejected}</Text>
      <ul className="txt-small list-disc pl-5 text-ui-fg-subtle">
        {result.errors.map((error) => (
          <li key={`${error.line}:${error.message}`}>
            {m.line(error.line)} : {error.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Export every item's SEO fields to a spreadsheet, and import it back (all or nothing). */
export function SeoSpreadsheet() {
  const input = useRef<HTMLInputElement>(null)
  const upload = useMutation({
    mutationFn: importSeoCsv,
    onSuccess: (result) => {
      if (result.errors.length === 0) toast.success(m.imported(result.updated, result.unchanged))
    },
    onError: (error) => toast.error(m.importError, { description: error.message }),
  })
  const rejected = upload.data && upload.data.errors.length > 0 ? upload.data : null

  return (
    <Container className="flex flex-col gap-3 px-6 py-4">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div className="flex max-w-2xl flex-col gap-1">
          <Heading level="h2">{m.heading}</Heading>
          <Text size="small" className="text-ui-fg-subtle">{m.intro}</Text>
        </div>
        <div className="flex gap-2">
          <Button variant="secondary" asChild>
            <a href={seoExportUrl()} download>{m.export}</a>
          </Button>
          <Button variant="secondary" isLoading={upload.isPending} onClick={() => input.current?.click()}>
            {upload.isPending ? m.importing : m.import}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".csv,text/csv"
            className="hidden"
            aria-label={m.import}
            onChange={(event) => {
              const file = event.target.files?.[0]
              // The same file may be chosen again after a fix: forget this choice.
              event.target.value = ""
              if (file) upload.mutate(file)
            }}
          />
        </div>
      </div>
      {rejected && <Rejected result={rejected} />}
    </Container>
  )
}
