import { describe, expect, it } from "vitest";
import { hasPromoCode, normalisePromoCode, PROMO_REJECTION_MESSAGE_KEYS, promoRejectionFromMessage } from "./promo-errors";
import fr from "../../../messages/fr.json";
import en from "../../../messages/en.json";

describe("promoRejectionFromMessage", () => {
  it("recognises Medusa's unknown-code error", () => {
    expect(promoRejectionFromMessage("The promotion code BIENVENUE10 is invalid")).toBe("unknown");
  });

  it("recognises expired, limit and not-applicable wordings", () => {
    expect(promoRejectionFromMessage("Promotion ETE has expired")).toBe("expired");
    expect(promoRejectionFromMessage("Promotion is not active")).toBe("expired");
    expect(promoRejectionFromMessage("Promotion usage limit exceeded")).toBe("limit_reached");
    expect(promoRejectionFromMessage("Promotion cannot be applied to this cart")).toBe("not_applicable");
  });

  it("falls back to a generic failure for anything else", () => {
    expect(promoRejectionFromMessage("Internal server error")).toBe("failed");
    expect(promoRejectionFromMessage("")).toBe("failed");
  });

  it("has a French and an English message for every reason", () => {
    for (const key of Object.values(PROMO_REJECTION_MESSAGE_KEYS)) {
      expect(fr.Cart).toHaveProperty(key);
      expect(en.Cart).toHaveProperty(key);
    }
  });
});

describe("normalisePromoCode", () => {
  it("trims what the visitor typed", () => {
    expect(normalisePromoCode("  NOEL-2026 ")).toBe("NOEL-2026");
  });

  it("refuses what cannot be a code", () => {
    expect(normalisePromoCode("")).toBeNull();
    expect(normalisePromoCode("two words")).toBeNull();
    expect(normalisePromoCode("<script>")).toBeNull();
    expect(normalisePromoCode("x".repeat(51))).toBeNull();
    expect(normalisePromoCode(42)).toBeNull();
  });
});

describe("hasPromoCode", () => {
  it("compares codes without regard to case", () => {
    expect(hasPromoCode(["BIENVENUE10"], "bienvenue10")).toBe(true);
    expect(hasPromoCode(["BIENVENUE10"], "NOEL")).toBe(false);
  });
});
