import type { JsonLd } from "@/lib/json-ld";
import { serializeJsonLd } from "@/lib/seo";

/** One JSON-LD block; the serialiser makes any `</script>` in shop data inert. */
export function JsonLdScript({ data }: { data: JsonLd | readonly JsonLd[] }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
