import { serpPreview } from "@comptoir/analytics/seo-advice"
import { Text } from "@medusajs/ui"
import { seoMessages } from "./messages"

const m = seoMessages.preview

/**
 * How the item could look in Google's results. Everything is React text: a title typed with
 * HTML in it shows as typed, it is never interpreted.
 */
export function SerpPreviewCard({ title, description, url }: { title: string; description: string; url: string }) {
  const preview = serpPreview({ title, description, url })
  return (
    <div className="flex flex-col gap-1" data-testid="seo-serp-preview">
      <Text size="small" weight="plus" className="text-ui-fg-subtle">
        {m.heading}
      </Text>
      <div className="rounded-lg border border-ui-border-base bg-ui-bg-base p-4 font-sans">
        <p className="truncate text-xs text-[#202124] dark:text-ui-fg-subtle">{preview.url}</p>
        <p className="text-lg leading-snug text-[#1a0dab] dark:text-[#8ab4f8]" data-testid="seo-serp-title">
          {preview.title || m.untitled}
        </p>
        <p className="text-sm leading-normal text-[#4d5156] dark:text-ui-fg-subtle" data-testid="seo-serp-description">
          {preview.description}
        </p>
      </div>
      {(preview.titleTruncated || preview.descriptionTruncated) && (
        <Text size="xsmall" className="text-ui-fg-muted">
          {m.truncated}
        </Text>
      )}
    </div>
  )
}
