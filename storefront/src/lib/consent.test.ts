import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  choiceFromForm,
  consentCookieMaxAge,
  consentExpiresAt,
  encodeConsent,
  isAnalyticsCookie,
  readConsent,
} from "./consent";

describe("consent cookie", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-23T10:00:00Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reads back the choice it wrote, with its date", () => {
    const value = encodeConsent({ analytics: true, decidedAt: new Date() });
    expect(readConsent(value)).toEqual({ analytics: true, decidedAt: new Date("2026-11-23T10:00:00Z") });
    expect(readConsent(encodeConsent({ analytics: false, decidedAt: new Date() }))?.analytics).toBe(false);
  });

  it("reads the value as it travels in a Cookie header (percent-encoded) too", () => {
    const header = encodeURIComponent(encodeConsent({ analytics: false, decidedAt: new Date() }));
    expect(header).toMatch(/^[A-Za-z0-9%._~-]+$/);
    expect(readConsent(header)?.analytics).toBe(false);
  });

  it("still holds the day before 13 months have passed, and asks again after", () => {
    const value = encodeConsent({ analytics: true, decidedAt: new Date() });
    vi.setSystemTime(new Date("2027-12-23T09:59:59Z"));
    expect(readConsent(value)).not.toBeNull();
    vi.setSystemTime(new Date("2027-12-23T10:00:00Z"));
    expect(readConsent(value)).toBeNull();
  });

  it("expires a refusal after 13 months too", () => {
    const value = encodeConsent({ analytics: false, decidedAt: new Date() });
    vi.advanceTimersByTime(400 * 24 * 3600 * 1000);
    expect(readConsent(value)).toBeNull();
  });

  it("counts 13 calendar months, clamping to the end of a shorter month", () => {
    expect(consentExpiresAt(new Date("2026-01-31T12:00:00Z")).toISOString()).toBe("2027-02-28T12:00:00.000Z");
    expect(consentExpiresAt(new Date("2026-11-23T10:00:00Z")).toISOString()).toBe("2027-12-23T10:00:00.000Z");
  });

  it("asks the browser to keep the cookie no longer than the choice is valid", () => {
    const decidedAt = new Date();
    const maxAge = consentCookieMaxAge(decidedAt);
    expect(decidedAt.getTime() + maxAge * 1000).toBeLessThanOrEqual(consentExpiresAt(decidedAt).getTime());
    expect(maxAge).toBeLessThanOrEqual(396 * 24 * 3600);
    expect(maxAge).toBeGreaterThan(390 * 24 * 3600);
  });

  it("asks again when the cookie is missing, unreadable or forged", () => {
    expect(readConsent(undefined)).toBeNull();
    expect(readConsent("")).toBeNull();
    expect(readConsent("%E0%A4%A")).toBeNull();
    expect(readConsent("yes")).toBeNull();
    expect(readConsent(JSON.stringify({ v: 1, analytics: "true", date: "2026-11-23T10:00:00.000Z" }))).toBeNull();
    expect(readConsent(JSON.stringify({ v: 0, analytics: true, date: "2026-11-23T10:00:00.000Z" }))).toBeNull();
    expect(readConsent(JSON.stringify({ v: 1, analytics: true, date: "hier" }))).toBeNull();
    expect(readConsent("null")).toBeNull();
  });

  it("refuses a choice dated in the future", () => {
    const nextWeek = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    expect(readConsent(encodeConsent({ analytics: true, decidedAt: nextWeek }))).toBeNull();
  });
});

describe("choiceFromForm", () => {
  const now = new Date("2026-11-23T10:00:00Z");

  it("accepts or refuses everything from the first layer", () => {
    expect(choiceFromForm("accept", null, now)).toEqual({ analytics: true, decidedAt: now });
    expect(choiceFromForm("refuse", "on", now)).toEqual({ analytics: false, decidedAt: now });
  });

  it("reads the audience checkbox when customising, unchecked by default", () => {
    expect(choiceFromForm("custom", "on", now)?.analytics).toBe(true);
    expect(choiceFromForm("custom", null, now)?.analytics).toBe(false);
  });

  it("rejects an unknown decision", () => {
    expect(choiceFromForm("maybe", "on", now)).toBeNull();
    expect(choiceFromForm(null, null, now)).toBeNull();
  });
});

describe("isAnalyticsCookie", () => {
  it("recognises posthog-js cookies only", () => {
    expect(isAnalyticsCookie("ph_phc_abc_posthog")).toBe(true);
    expect(isAnalyticsCookie("comptoir_consent")).toBe(false);
    expect(isAnalyticsCookie("NEXT_LOCALE")).toBe(false);
  });
});
