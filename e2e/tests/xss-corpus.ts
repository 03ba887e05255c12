import { expect, type Page } from "@playwright/test"

/**
 * Classic stored-XSS payloads. Each one that can run sets `window.__xss` to its own number, so a
 * failure says which one fired; the others (a comment opener, a template expression) would break
 * the page's structure or a template engine rather than run.
 */
export const PAYLOADS = [
  "<script>window.__xss=1</script>",
  "</script><script>window.__xss=2</script>",
  '<img src=x onerror="window.__xss=3">',
  '"><svg onload=window.__xss=4>',
  "javascript:window.__xss=5",
  "<!--xss8",
  "{{constructor.constructor('window.__xss=6')()}}",
  "' onmouseover='window.__xss=7",
] as const

/** All of them in one string, for the fields long enough to hold it. */
export const ALL_PAYLOADS = PAYLOADS.join(" ")

/**
 * What must never appear as is in HTML built from those payloads: each is the payload's markup
 * unescaped (a tag, an event handler in a tag, a `javascript:` link, a comment opener).
 */
const RAW_MARKUP = [
  "<script>window.__xss",
  "<img src=x onerror",
  "<svg onload",
  'href="javascript:',
  "href='javascript:",
  'src="javascript:',
  "<!--xss8",
]

/** The payloads' markup found unescaped in a document's source. */
export function rawMarkupIn(source: string): string[] {
  return RAW_MARKUP.filter((markup) => source.includes(markup))
}

/** Collects the dialogs a page opens (alert, confirm, prompt) and dismisses them. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  return dialogs
}

/**
 * After the page has loaded and hydrated: nothing ran, and the live DOM holds none of the
 * payloads' elements or handlers (an `onmouseover` that nobody hovered would not have run yet).
 */
export async function expectInert(page: Page, dialogs: readonly string[], where: string) {
  // Lets onload/onerror handlers and hydration effects run before looking.
  await page.waitForTimeout(500)
  const found = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    handlers: document.querySelectorAll("[onerror], [onload], [onmouseover]").length,
    scripts: Array.from(document.scripts).filter((script) => (script.textContent ?? "").includes("window.__xss=") && script.type !== "application/ld+json" && !script.textContent?.includes("self.__next_f")).length,
    javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
  }))
  expect(found, where).toEqual({ xss: null, handlers: 0, scripts: 0, javascriptLinks: 0 })
  expect(dialogs, where).toEqual([])
}

type JsonLdNode = Record<string, unknown>

/** Every JSON-LD block of the page, parsed: a block a payload broke out of would not parse. */
export async function jsonLdBlocks(page: Page): Promise<JsonLdNode[]> {
  const blocks = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((script) => script.textContent ?? ""),
  )
  return blocks.map((block) => JSON.parse(block) as JsonLdNode)
}

/** The string values of a JSON document, however deep. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsOf)
  return []
}
