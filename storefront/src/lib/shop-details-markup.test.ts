import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ShopDetailList } from "@/components/legal/shop-detail-list";
import { SHOP_DETAIL_VARIABLES, readShopDetails, type ShopDetails } from "./shop-details";

// The legal pages' details come from the storefront's environment (SHOP_*), not from anything a
// student edits in the admin, so the end-to-end XSS spec cannot reach them: this test renders the
// list the legal pages use with hostile values, as the server would.
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
}));

const PAYLOADS = [
  "<script>window.__xss=1</script>",
  "</script><script>window.__xss=2</script>",
  '<img src=x onerror="window.__xss=3">',
  '"><svg onload=window.__xss=4>',
  "javascript:window.__xss=5",
  "<!--xss8",
];

describe("ShopDetailList with hostile legal details", () => {
  it("prints every detail as escaped text", async () => {
    const fields = Object.keys(SHOP_DETAIL_VARIABLES) as (keyof ShopDetails)[];
    const env = Object.fromEntries(fields.map((field, index) => [SHOP_DETAIL_VARIABLES[field], PAYLOADS[index % PAYLOADS.length]]));
    const details = readShopDetails(env);
    const markup = renderToStaticMarkup(await ShopDetailList({ details, fields }));

    for (const raw of ["<script", "<img", "<svg", "<!--xss8", "href="]) expect(markup).not.toContain(raw);
    expect(markup).toContain("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    expect(markup).toContain("&lt;img src=x onerror=&quot;window.__xss=3&quot;&gt;");
    expect(markup).toContain("&lt;!--xss8");
    expect(markup.match(/<dd/g)).toHaveLength(fields.length);
  });

  it("keeps the values as typed, so the page shows what the class wrote", () => {
    expect(readShopDetails({ SHOP_ADDRESS: PAYLOADS[3] }).address).toBe(PAYLOADS[3]);
  });
});
