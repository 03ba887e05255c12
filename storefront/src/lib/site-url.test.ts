import { describe, expect, it } from "vitest";
import { getStorefrontUrl } from "./site-url";

describe("getStorefrontUrl", () => {
  it("uses STOREFRONT_URL when set", () => {
    expect(getStorefrontUrl({ STOREFRONT_URL: "https://boutique.lycee.fr" }).href).toBe(
      "https://boutique.lycee.fr/",
    );
  });

  it("defaults to the local port next listens on", () => {
    expect(getStorefrontUrl({ PORT: "8000" }).href).toBe("http://localhost:8000/");
    expect(getStorefrontUrl({}).href).toBe("http://localhost:3000/");
  });
});

describe("getStorefrontUrl with a malformed value", () => {
  it("falls back to the local address", () => {
    expect(getStorefrontUrl({ STOREFRONT_URL: "boutique sans schéma", PORT: "8000" }).href).toBe(
      "http://localhost:8000/",
    );
  });
});
