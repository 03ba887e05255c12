import { describe, expect, it } from "vitest";
import { NO_SEO_FIELDS, readSeoFields } from "./seo-fields";

describe("readSeoFields", () => {
  it("reads the linked SEO record of an item", () => {
    const seo = {
      meta_title: " Tasse <b>bleue</b> ",
      meta_description: "Une tasse\n émaillée",
      noindex: true,
      canonical_url: "/produits/tasse",
      social_image_url: "https://cdn.example/tasse.jpg",
      image_alts: { img_1: " Tasse vue de face ", img_2: "" },
    };
    expect(readSeoFields({ seo })).toEqual({
      title: "Tasse <b>bleue</b>",
      description: "Une tasse émaillée",
      noindex: true,
      canonicalUrl: "/produits/tasse",
      socialImageUrl: "https://cdn.example/tasse.jpg",
      imageAlts: { img_1: "Tasse vue de face" },
    });
  });

  it("falls back to no fields without a record, and ignores unsafe or mistyped values", () => {
    expect(readSeoFields({ seo: null })).toEqual(NO_SEO_FIELDS);
    expect(readSeoFields({})).toEqual(NO_SEO_FIELDS);
    expect(readSeoFields(null)).toEqual(NO_SEO_FIELDS);
    const odd = readSeoFields({
      seo: { meta_title: 42, meta_description: "   ", noindex: "true", canonical_url: "javascript:alert(1)", social_image_url: "//evil.example/x.png", image_alts: ["x"] },
    });
    expect(odd).toEqual(NO_SEO_FIELDS);
  });
});
