import type { MetadataRoute } from "next";
import { getStorefrontUrl } from "@/lib/site-url";

// Read at run time, like canonical URLs: the same build serves any address.
export const dynamic = "force-dynamic";

/** `/robots.txt`: every shop page may be crawled; the API, the analytics relay and customer accounts may not. */
export default function robots(): MetadataRoute.Robots {
  const baseUrl = getStorefrontUrl();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/ingest/", "/compte"] }],
    sitemap: new URL("/sitemap.xml", baseUrl).href,
  };
}
