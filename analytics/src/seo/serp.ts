import { SEO_LIMITS } from './limits'
import { collapseSpaces } from './text'

export interface SerpPreviewInput {
  title: string | null
  description: string | null
  url: string | null
}

export interface SerpPreview {
  title: string
  description: string
  /** The URL as Google displays it: "comptoir.fr › produits › theiere-en-fonte". */
  url: string
  titleTruncated: boolean
  descriptionTruncated: boolean
}

/** Cuts at the last word boundary that fits, then adds "…", as Google does. */
function truncate(text: string, max: number): { text: string; truncated: boolean } {
  const chars = [...text]
  if (chars.length <= max) return { text, truncated: false }
  const head = chars.slice(0, max - 1).join('')
  const boundary = head.lastIndexOf(' ')
  // A single word longer than half the room is cut mid-word rather than dropped.
  const cut = boundary > max / 2 ? head.slice(0, boundary) : head
  return { text: `${cut.replace(/[\s,;:.\-–—]+$/u, '')}…`, truncated: true }
}

/** "https://comptoir.fr/produits/theiere?x=1" -> "comptoir.fr › produits › theiere". */
function displayUrl(url: string): string {
  try {
    const parsed = new URL(url)
    const parts = parsed.pathname.split('/').filter(Boolean).map((part) => {
      try {
        return decodeURIComponent(part)
      } catch {
        return part
      }
    })
    return [parsed.host.replace(/^www\./, ''), ...parts].join(' › ')
  } catch {
    return url
  }
}

/** What the item would look like in Google's results (approximation of the ~600 px title width). */
export function serpPreview(input: SerpPreviewInput): SerpPreview {
  // The texts as the page sends them: the storefront escapes a typed "<b>", so Google shows it.
  const title = truncate(collapseSpaces(input.title ?? ''), SEO_LIMITS.titleMax)
  const description = truncate(collapseSpaces(input.description ?? ''), SEO_LIMITS.descriptionMax)
  return {
    title: title.text,
    description: description.text,
    url: displayUrl(collapseSpaces(input.url ?? '')),
    titleTruncated: title.truncated,
    descriptionTruncated: description.truncated,
  }
}
