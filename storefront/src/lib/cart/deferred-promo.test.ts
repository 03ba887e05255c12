import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import {
  DEFERRED_SHIPPING_CODE_KEY,
  decidePromo,
  type PromoTarget,
  promoUnavailableReasonFromMessage,
  readDeferredShippingCode,
} from "./deferred-promo";
import { PROMO_REJECTION_MESSAGE_KEYS } from "./promo-errors";
import { toCartView } from "./view";

const running = (target: PromoTarget) => ({ running: true as const, target });

describe("decidePromo", () => {
  it("reports a code Medusa applied as applied, whatever it targets", () => {
    expect(decidePromo({ applied: true, hasShippingMethod: false, lookup: null })).toEqual({ kind: "applied" });
  });

  it("keeps a shipping-only code typed before the shipping step", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, lookup: running("shipping") })).toEqual({ kind: "deferred" });
  });

  it("refuses a shipping code that the cart's shipping method does not get", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: true, lookup: running("shipping") })).toEqual({ kind: "not_applicable" });
  });

  it("refuses an articles or order code whose conditions are not met, even before shipping", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, lookup: running("items") })).toEqual({ kind: "not_applicable" });
    expect(decidePromo({ applied: false, hasShippingMethod: false, lookup: running("order") })).toEqual({ kind: "not_applicable" });
  });

  it("says a code that starts later is not active yet, never expired nor deferred", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, lookup: { running: false, reason: "not_started" } })).toEqual({
      kind: "not_started",
    });
  });

  it("calls an ended code expired and a code the shop does not show unknown", () => {
    expect(decidePromo({ applied: false, hasShippingMethod: false, lookup: { running: false, reason: "ended" } })).toEqual({
      kind: "expired",
    });
    expect(decidePromo({ applied: false, hasShippingMethod: true, lookup: { running: false, reason: "unknown" } })).toEqual({
      kind: "unknown",
    });
  });

  it("gives every refusal a message of its own", () => {
    expect(PROMO_REJECTION_MESSAGE_KEYS.not_started).toBe("promoNotStarted");
    expect(PROMO_REJECTION_MESSAGE_KEYS.expired).toBe("promoExpired");
  });
});

describe("promoUnavailableReasonFromMessage", () => {
  it("reads the reason from the backend's 404 messages", () => {
    expect(promoUnavailableReasonFromMessage("Promotion code DEMAIN has not started yet")).toBe("not_started");
    expect(promoUnavailableReasonFromMessage("Promotion code TERMINE has ended")).toBe("ended");
    expect(promoUnavailableReasonFromMessage("Promotion code INCONNU was not found")).toBe("unknown");
  });

  it("falls back to unknown on any other wording", () => {
    expect(promoUnavailableReasonFromMessage("Not Found")).toBe("unknown");
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
