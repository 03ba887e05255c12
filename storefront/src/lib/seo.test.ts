import { describe, expect, it } from "vitest";
import { serializeJsonLd, toMetaDescription } from "./seo";

describe("toMetaDescription", () => {
  it("keeps a short text, on one line", () => {
    expect(toMetaDescription("  Un mug\nen grès,   fait main. ")).toBe("Un mug en grès, fait main.");
  });

  it("is null for missing or blank text", () => {
    expect(toMetaDescription(null)).toBeNull();
    expect(toMetaDescription(" \n ")).toBeNull();
  });

  it("cuts a long text on a word boundary with an ellipsis", () => {
    const text = "Un mug en grès émaillé, cuit à haute température, qui garde le café chaud.";
    const description = toMetaDescription(text, 30);
    expect(description).toBe("Un mug en grès émaillé, cuit…");
    expect(description!.length).toBeLessThanOrEqual(30);
  });
});

describe("serializeJsonLd", () => {
  it("escapes < so the script tag cannot be closed from the data", () => {
    const json = serializeJsonLd({ name: "</script><script>alert(1)</script>" });
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
