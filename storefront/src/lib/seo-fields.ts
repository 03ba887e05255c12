/**
 * The SEO fields a student can set on a product, a collection or a category.
 * Until the SEO module (issue 4) exposes its own fields through the Store API,
 * they are read from the item's `metadata`, under the keys below; this file is
 * the one place that knows where they come from.
 */
export type SeoFields = {
  /** Replaces the item's name in `<title>` and social previews. */
  title: string | null;
  /** Replaces the description built from the item's text. */
  description: string | null;
  /** Keeps the page out of search engines and out of the sitemap. */
  noindex: boolean;
};

export const SEO_METADATA_KEYS = {
  title: "seo_title",
  description: "seo_description",
  noindex: "seo_noindex",
} as const;

/** Longest value kept: beyond this a title or description is not SEO text any more. */
const MAX_SEO_TEXT = 300;

function readText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > 0 ? flat.slice(0, MAX_SEO_TEXT) : null;
}

function readFlag(value: unknown): boolean {
  return value === true || value === "true" || value === 1 || value === "1";
}

export function readSeoFields(metadata: Readonly<Record<string, unknown>> | null | undefined): SeoFields {
  return {
    title: readText(metadata?.[SEO_METADATA_KEYS.title]),
    description: readText(metadata?.[SEO_METADATA_KEYS.description]),
    noindex: readFlag(metadata?.[SEO_METADATA_KEYS.noindex]),
  };
}

export const NO_SEO_FIELDS: SeoFields = Object.freeze({ title: null, description: null, noindex: false });
