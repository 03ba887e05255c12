import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ANALYTICS_COOKIE_DAYS, buildPosthogConfig, resolveAnalyticsSettings } from "./settings";
import { rotateExpiredVisitorId, uuidV7CreatedAt, visitorIdExpired } from "./visitor-id";

// The very function posthog-js 1.449 draws its ids with (posthog-core.js), from its own dependency.
const fromPosthog = createRequire(createRequire(import.meta.url).resolve("posthog-js"));
const { uuidv7 } = fromPosthog("@posthog/browser-common/utils/uuidv7") as { uuidv7: () => string };

/** A UUID v7 made at `at`, as posthog-js draws them. */
function idMadeAt(at: Date): string {
  const hex = at.getTime().toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7abc-9def-0123456789ab`;
}

describe("visitor id rotation", () => {
  const now = new Date("2026-11-29T12:00:00Z");

  it("reads the creation time posthog-js writes into its ids", () => {
    const before = Date.now();
    const createdAt = uuidV7CreatedAt(uuidv7());
    expect(createdAt?.getTime()).toBeGreaterThanOrEqual(before);
    expect(createdAt?.getTime()).toBeLessThanOrEqual(Date.now());
    expect(uuidV7CreatedAt("visitor-1")).toBeNull();
  });

  it("keeps an id for 13 months, not a day more", () => {
    expect(visitorIdExpired(idMadeAt(new Date("2025-11-01T00:00:00Z")), now)).toBe(false);
    expect(visitorIdExpired(idMadeAt(new Date("2025-10-30T00:00:00Z")), now)).toBe(false);
    expect(visitorIdExpired(idMadeAt(new Date("2025-10-29T12:00:00Z")), now)).toBe(true);
    expect(visitorIdExpired("not-a-uuid-v7", now)).toBe(false);
  });

  it("draws a new id (and device id) at start-up when the old one is too old", () => {
    const resets: boolean[] = [];
    const posthog = (id: string) => ({ get_distinct_id: () => id, reset: (device?: boolean) => void resets.push(Boolean(device)) });
    expect(rotateExpiredVisitorId(posthog(idMadeAt(new Date("2025-06-01T00:00:00Z"))), now)).toBe(true);
    expect(rotateExpiredVisitorId(posthog(idMadeAt(new Date("2026-06-01T00:00:00Z"))), now)).toBe(false);
    expect(resets).toEqual([true]);
  });

  it("is wired into posthog-js, whose cookie never outlives 13 months either", () => {
    const config = buildPosthogConfig(resolveAnalyticsSettings({}), { analytics: true });
    expect(config.loaded).toBe(rotateExpiredVisitorId);
    expect(ANALYTICS_COOKIE_DAYS).toBeLessThanOrEqual(395);
    expect(config.cookie_expiration).toBe(ANALYTICS_COOKIE_DAYS);
  });
});
