// Postgres text and jsonb cannot hold the NUL character, nor an unpaired UTF-16 surrogate that
// JSON.stringify writes as `\udXXX`: either makes the whole INSERT fail. posthog-js never sends
// them, hostile or broken clients may, and the ingest must answer them with a 2xx or a 4xx, not
// a 500. So the serialised batch is scanned once (a native search, cheap) and, only when one of
// them shows up, rebuilt with the offending characters replaced.

/** NUL, a high surrogate not followed by a low one, or a low one not preceded by a high one. */
const UNSTORABLE_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const REPLACEMENT = "\uFFFD"

function cleanText(text: string): string {
  return text.replace(UNSTORABLE_CHARACTER, REPLACEMENT)
}

/**
 * A text column's value that Postgres accepts. Unpaired surrogates are already replaced when
 * the driver encodes the string as UTF-8; NUL is not, and would fail the whole INSERT.
 */
export function toStorableText(text: string): string {
  return text.includes("\u0000") ? cleanText(text) : text
}

function cleanValue(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value)
  if (value === null || typeof value !== "object") return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(cleanValue)
  // No prototype: a "__proto__" key stays a key instead of replacing the prototype.
  const out: Record<string, unknown> = Object.create(null)
  for (const [key, inner] of Object.entries(value)) out[cleanText(key)] = cleanValue(inner)
  return out
}

/** JSON text of `value` that Postgres's json and jsonb parsers accept. */
export function toStorableJson(value: unknown): string {
  const json = JSON.stringify(value)
  // JSON.stringify escapes NUL as \u0000 and an unpaired surrogate as \udXXX (lower case), and no
  // other character as \ud…; two native searches are far cheaper than a regular expression on
  // a 100 KB batch. A false positive (a literal backslash before "ud") only costs the slow path.
  return json.includes("\\u0000") || json.includes("\\ud") ? JSON.stringify(cleanValue(value)) : json
}
