import type { Metadata } from "next";

/**
 * The head every public page gets: title, description, canonical URL, Open
 * Graph and Twitter tags. Next replaces (does not merge) a parent's `openGraph`
 * in a page, so each page states all of it through this one function.
 */
export function pageMetadata({
  title,
  description,
  path,
  shopName,
  images = [],
  type = "website",
  noindex = false,
  absoluteTitle = false,
  canonical = null,
}: {
  title: string;
  description: string;
  /** The canonical path, resolved against `metadataBase` (STOREFRONT_URL). */
  path: string;
  shopName: string;
  images?: readonly { url: string; alt: string }[];
  type?: "website" | "article";
  /** Kept out of search engines (and out of the sitemap). */
  noindex?: boolean;
  /** The title is used as is, without the " · shop name" suffix. */
  absoluteTitle?: boolean;
  /** A canonical URL set in the admin's SEO fields, replacing `path` (absolute, or a path of the shop). */
  canonical?: string | null;
}): Metadata {
  const ogImages = images.map((image) => ({ url: image.url, alt: image.alt }));
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: canonical ?? path },
    openGraph: {
      title,
      description,
      url: canonical ?? path,
      siteName: shopName,
      locale: "fr_FR",
      type,
      images: ogImages.length > 0 ? ogImages : undefined,
    },
    twitter: {
      card: ogImages.length > 0 ? "summary_large_image" : "summary",
      title,
      description,
      images: ogImages.length > 0 ? ogImages.map((image) => image.url) : undefined,
    },
    robots: noindex ? { index: false, follow: true } : undefined,
  };
}
