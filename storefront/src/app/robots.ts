import type { MetadataRoute } from "next";
import { getStorefrontUrl } from "@/lib/site-url";

// Read at run time, like canonical URLs: the same build serves any address.
export const dynamic = "force-dynamic";

/** `/robots.txt`: everything a visitor sees may be crawled; the API and the analytics relay may not. */
export default function robots(): MetadataRoute.Robots {
  const baseUrl = getStorefrontUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/ingest/"] }],
    sitemap: new URL("/sitemap.xml", baseUrl).href,
  };
}
