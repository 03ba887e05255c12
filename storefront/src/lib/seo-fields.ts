/**
 * The SEO fields a student sets on a product, a collection or a category in the
 * admin. They live in the backend's SEO module and come with the item when the
 * Store API is asked for `*seo` (the linked record, see `SEO_FIELDS_QUERY`);
 * this file is the one place that knows their shape.
 */
export type SeoFields = {
  /** Replaces the item's name in `<title>` and social previews. */
  title: string | null;
  /** Replaces the description built from the item's text. */
  description: string | null;
  /** Keeps the page out of search engines and out of the sitemap. */
  noindex: boolean;
  /** Replaces the page's own URL as its canonical: an absolute URL or a path of the shop. */
  canonicalUrl: string | null;
  /** The first image of social previews. */
  socialImageUrl: string | null;
  /** Product image id → alt text written by the student. */
  imageAlts: Readonly<Record<string, string>>;
};

/** What the Store API's `fields` must name for `readSeoFields` to find the linked record. */
export const SEO_FIELDS_QUERY = "*seo";

/** Longest value kept: beyond this a title or description is not SEO text any more. */
const MAX_SEO_TEXT = 320;
const MAX_URL = 500;

function readText(value: unknown, max = MAX_SEO_TEXT): string | null {
  if (typeof value !== "string") return null;
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > 0 ? flat.slice(0, max) : null;
}

/** An http(s) URL or a path of the shop; anything else (`javascript:`, `//host`) is ignored. */
function readUrl(value: unknown): string | null {
  const url = readText(value, MAX_URL);
  if (!url || /\s/.test(url)) return null;
  if (url.startsWith("/")) return url.startsWith("//") ? null : url;
  return /^https?:\/\/[^/]/i.test(url) ? url : null;
}

function readAlts(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, alt]) => {
      const text = readText(alt, 160);
      return text ? [[id, text]] : [];
    }),
  );
}

/** An item's SEO fields, from its `seo` relation (null or absent when none are saved). */
export function readSeoFields(item: { seo?: unknown } | null | undefined): SeoFields {
  const seo = item?.seo && typeof item.seo === "object" ? (item.seo as Record<string, unknown>) : null;
  if (!seo) return NO_SEO_FIELDS;
  return {
    title: readText(seo.meta_title),
    description: readText(seo.meta_description),
    noindex: seo.noindex === true,
    canonicalUrl: readUrl(seo.canonical_url),
    socialImageUrl: readUrl(seo.social_image_url),
    imageAlts: readAlts(seo.image_alts),
  };
}

export const NO_SEO_FIELDS: SeoFields = Object.freeze({
  title: null,
  description: null,
  noindex: false,
  canonicalUrl: null,
  socialImageUrl: null,
  imageAlts: Object.freeze({}),
});
