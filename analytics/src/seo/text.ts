/**
 * Text helpers shared by the advice and the audit. Browser-safe on purpose (no DOM parser, no
 * Node built-in): the admin widget runs them on every keystroke.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', eacute: 'é', egrave: 'è',
  ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç', ocirc: 'ô', ucirc: 'û', icirc: 'î',
  ugrave: 'ù', euml: 'ë', iuml: 'ï', oelig: 'œ', rsquo: '’', lsquo: '‘', hellip: '…', euro: '€',
}

/** Decodes the HTML entities a rich-text editor typically writes. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10)
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity
  })
}

/** Collapses runs of whitespace and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Plain text of an HTML fragment: tags become spaces, entities are decoded. */
export function stripHtml(html: string): string {
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
  return collapseSpaces(decodeEntities(withoutCode.replace(/<[^>]*>/g, ' ')))
}

/** The length the limits are measured in: characters of the collapsed, trimmed text. */
export function textLength(text: string | null | undefined): number {
  return text ? [...collapseSpaces(text)].length : 0
}

/** Number of words (letters or digits) in a plain text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

/** Lower case, no accents, only letters and digits separated by single spaces: "Théière" -> "theiere". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/** How two titles are compared for duplicates: case- and space-insensitive. */
export function titleKey(title: string): string {
  return collapseSpaces(title).toLowerCase()
}

/** A URL handle built from a label: "Théière en fonte" -> "theiere-en-fonte". */
export function slugify(text: string): string {
  return foldText(text).replace(/ /g, '-')
}

/** First paragraph of an item description, as plain text (first <p>, else first block of lines). */
export function firstParagraph(description: string): string {
  for (const match of description.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p\s*>/gi)) {
    const text = stripHtml(match[1] ?? '')
    if (text) return text
  }
  for (const block of description.split(/\n\s*\n|<br\s*\/?>\s*<br\s*\/?>/i)) {
    const text = stripHtml(block)
    if (text) return text
  }
  return ''
}
