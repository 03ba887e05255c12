import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatPrice } from "./format";

// French formatting uses a narrow no-break space between thousands and a
// no-break space before the currency sign: spelled out so the test shows them.
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("formatPrice", () => {
  it("formats euros the French way", () => {
    expect(formatPrice(12.5, "eur")).toBe(`12,50${NBSP}€`);
    expect(formatPrice(1234.5, "EUR")).toBe(`1${NNBSP}234,50${NBSP}€`);
    expect(formatPrice(0, "eur")).toBe(`0,00${NBSP}€`);
  });

  it("treats amounts as major units, as Medusa v2 stores them", () => {
    expect(formatPrice(19.99, "eur")).toBe(`19,99${NBSP}€`);
  });

  it("formats other currencies with their own sign", () => {
    expect(formatPrice(10, "usd")).toBe(`10,00${NBSP}$US`);
  });

  it("follows the locale it is given", () => {
    expect(formatPrice(1234.5, "eur", "en-GB")).toBe("€1,234.50");
  });

  it("falls back to number and code for an unknown currency", () => {
    expect(formatPrice(3, "euro")).toBe(`3,00 EURO`);
  });
});

describe("formatDate", () => {
  it("writes the date in full, in French", () => {
    expect(formatDate("2026-11-23T10:00:00Z")).toBe("23 novembre 2026");
  });

  it("uses Paris time, not the server's", () => {
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(formatDate(new Date("2026-12-31T23:30:00Z"))).toBe("1 janvier 2027");
  });

  it("rejects an invalid date", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });
});

describe("formatDateTime", () => {
  it("adds the Paris time of day", () => {
    expect(formatDateTime("2026-11-23T14:04:00Z")).toBe("23 novembre 2026 à 15:04");
  });

  it("follows the locale it is given", () => {
    expect(formatDateTime("2026-11-23T14:04:00Z", "en-GB")).toBe("23 November 2026 at 15:04");
  });
});
