/**
 * Thresholds shared by the live advice (admin widget) and the site audit (crawler), so that an item
 * the widget calls perfect never fails the same rule in the audit. Lengths are counted in
 * characters of the trimmed text with inner whitespace collapsed (see `textLength`).
 */
export const SEO_LIMITS = Object.freeze({
  /** Shortest title that uses the space Google gives it. @default 30 */
  titleMin: 30,
  /** Google cuts titles at about 600 px, roughly 60 characters. @default 60 */
  titleMax: 60,
  /** Shorter descriptions are often replaced by a snippet Google picks itself. @default 70 */
  descriptionMin: 70,
  /** Google cuts descriptions at about 920 px, roughly 155-160 characters. @default 160 */
  descriptionMax: 160,
  /** Fewer words than this in the item description gives Google too little to rank. @default 50 */
  contentMinWords: 50,
  /** Long URLs are cut in results and hard to share. @default 60 */
  handleMax: 60,
  /** HTML heavier than this slows the first render on a phone (warning). @default 500_000 */
  htmlBytesWarn: 500_000,
  /** HTML heavier than this is a real problem (error). @default 2_000_000 */
  htmlBytesError: 2_000_000,
  /** Time to first byte above which the page feels slow (warning), in ms. @default 600 */
  ttfbWarnMs: 600,
  /** Time to first byte above which the page fails Core Web Vitals (error), in ms. @default 1800 */
  ttfbErrorMs: 1800,
})

export type SeoLimits = typeof SEO_LIMITS
