import { Container, Heading, Text, TooltipProvider } from "@medusajs/ui"
import { QueryClientProvider, useQuery } from "@tanstack/react-query"
import { fetchSeo, fetchSeoTitles, type SeoEntityType } from "./api"
import { seoMessages } from "./messages"
import { seoKeys, seoQueryClient } from "./query-client"
import { SeoEditor } from "./seo-editor"

const m = seoMessages.widget

function SeoWidgetContent({ type, id }: { type: SeoEntityType; id: string }) {
  const item = useQuery({ queryKey: seoKeys.item(type, id), queryFn: ({ signal }) => fetchSeo(type, id, signal) })
  // Titles only feed the "title not duplicated" rule: without them the rest of the advice still works.
  const titles = useQuery({ queryKey: seoKeys.titles, queryFn: ({ signal }) => fetchSeoTitles(signal) })

  if (item.isPending) {
    return <Text size="small" className="px-6 py-4 text-ui-fg-muted">{m.loading}</Text>
  }
  if (item.isError) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-error" role="alert">
        {m.loadError} : {item.error.message}
      </Text>
    )
  }
  return (
    <SeoEditor
      // A new record (another item, or a reload after saving elsewhere) starts a fresh form.
      key={`${type}:${id}:${item.data.seo?.updated_at ?? "new"}`}
      type={type}
      id={id}
      seo={item.data.seo}
      item={item.data.item}
      titles={titles.data?.items ?? []}
    />
  )
}

/** The SEO section shown under a product, collection or category in the admin. */
export function SeoWidget({ type, id }: { type: SeoEntityType; id: string }) {
  return (
    <QueryClientProvider client={seoQueryClient}>
      <TooltipProvider delayDuration={150}>
        <Container className="divide-y p-0" data-testid="seo-widget">
          <div className="flex flex-col gap-1 px-6 py-4">
            <Heading level="h2">{m.heading}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {m.intro}
            </Text>
          </div>
          <SeoWidgetContent type={type} id={id} />
        </Container>
      </TooltipProvider>
    </QueryClientProvider>
  )
}
