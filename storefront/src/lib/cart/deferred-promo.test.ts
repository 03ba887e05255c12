import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { DEFERRED_SHIPPING_CODE_KEY, decidePromo, readDeferredShippingCode } from "./deferred-promo";
import { toCartView } from "./view";

describe("decidePromo", () => {
  it("reports a code Medusa applied as applied, whatever it targets", () => {
    expect(decidePromo({ applied: true, hasShippingMethod: false, target: null })).toEqual({ kind: "applied" });
  });

  it("keeps a shipping-only code typed before the shipping step", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, target: "shipping" })).toEqual({ kind: "deferred" });
  });

  it("refuses a shipping code that the cart's shipping method does not get", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: true, target: "shipping" })).toEqual({ kind: "not_applicable" });
  });

  it("refuses an articles or order code whose conditions are not met, even before shipping", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, target: "items" })).toEqual({ kind: "not_applicable" });
    expect(decidePromo({ applied: false, hasShippingMethod: false, target: "order" })).toEqual({ kind: "not_applicable" });
  });

  it("calls a code Medusa knows but that is not running expired, never deferred", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, target: null })).toEqual({ kind: "expired" });
  });
});

describe("readDeferredShippingCode", () => {
  it("reads the code kept on the cart's metadata", () => {
    expect(readDeferredShippingCode({ [DEFERRED_SHIPPING_CODE_KEY]: "LIVRAISONOFFERTE" })).toBe("LIVRAISONOFFERTE");
  });

  it("treats a cleared, missing or malformed value as no code", () => {
    expect(readDeferredShippingCode({ [DEFERRED_SHIPPING_CODE_KEY]: "" })).toBeNull();
    expect(readDeferredShippingCode({ [DEFERRED_SHIPPING_CODE_KEY]: 12 })).toBeNull();
    expect(readDeferredShippingCode({ [DEFERRED_SHIPPING_CODE_KEY]: "X".repeat(51) })).toBeNull();
    expect(readDeferredShippingCode(null)).toBeNull();
  });

  it("is what the cart view exposes", () => {
    const cart = { id: "cart_1", currency_code: "eur", items: [], metadata: { [DEFERRED_SHIPPING_CODE_KEY]: "LIVRAISONOFFERTE" } };
    expect(toCartView(cart as unknown as HttpTypes.StoreCart).deferredShippingCode).toBe("LIVRAISONOFFERTE");
  });
});
