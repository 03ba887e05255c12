/** Search engines show about this many characters of a description. */
const META_DESCRIPTION_MAX_LENGTH = 160;

/**
 * A one-line description for `<meta name="description">`: whitespace collapsed,
 * cut on a word boundary with an ellipsis. `null` for empty text.
 */
export function toMetaDescription(
  text: string | null | undefined,
  maxLength: number = META_DESCRIPTION_MAX_LENGTH,
): string | null {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  if (flat.length === 0) return null;
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s.,;:!?-]+$/, "")}…`;
}

const JSON_LD_ESCAPES: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON-LD ready for `<script type="application/ld+json">`. `<` is escaped so
 * a product text containing `</script>` or `<!--` cannot close the tag or
 * switch the HTML parser's script state; `>` and `&` for the same reason in
 * older parsers, and the two line separators that JavaScript once refused.
 * The result is still valid JSON that parses back to the same data.
 */
export function serializeJsonLd(data: Record<string, unknown> | readonly Record<string, unknown>[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => JSON_LD_ESCAPES[char] ?? char);
}
