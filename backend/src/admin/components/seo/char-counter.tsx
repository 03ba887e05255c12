import { SEO_LIMITS } from "@comptoir/analytics/seo-advice"
import { Text, clx } from "@medusajs/ui"
import { seoMessages } from "./messages"

type Band = { min: number; max: number }

export const TITLE_BAND: Band = { min: SEO_LIMITS.titleMin, max: SEO_LIMITS.titleMax }
export const DESCRIPTION_BAND: Band = { min: SEO_LIMITS.descriptionMin, max: SEO_LIMITS.descriptionMax }

/** "42 caractères (conseillé : 30 à 60)", orange outside the band the advice rules use. */
export function CharCounter({ length, band, max }: { length: number; band?: Band; max: number }) {
  const outside = band ? length > 0 && (length < band.min || length > band.max) : length > max
  return (
    <Text size="xsmall" className={clx("tabular-nums", outside ? "text-ui-tag-orange-text" : "text-ui-fg-muted")} aria-live="polite">
      {band ? seoMessages.fields.counter(length, band.min, band.max) : seoMessages.fields.counterMax(length, max)}
    </Text>
  )
}
