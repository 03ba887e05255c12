import { describe, expect, it } from "vitest";
import {
  buildPosthogConfig,
  externalAnalyticsOrigin,
  FIRST_PARTY_INGEST_PATH,
  resolveAnalyticsSettings,
} from "./settings";

describe("resolveAnalyticsSettings", () => {
  it("sends first-party to /ingest by default, with cookies, outside test mode", () => {
    expect(resolveAnalyticsSettings({})).toEqual({
      apiHost: FIRST_PARTY_INGEST_PATH,
      projectKey: "comptoir",
      cookieless: false,
      testMode: false,
    });
  });

  it("sends to a real PostHog only when both its host and key are set", () => {
    const both = resolveAnalyticsSettings({
      NEXT_PUBLIC_POSTHOG_HOST: "https://eu.i.posthog.com/",
      NEXT_PUBLIC_POSTHOG_KEY: "phc_abc",
    });
    expect([both.apiHost, both.projectKey]).toEqual(["https://eu.i.posthog.com", "phc_abc"]);
    expect(externalAnalyticsOrigin(both)).toBe("https://eu.i.posthog.com");
    const hostOnly = resolveAnalyticsSettings({ NEXT_PUBLIC_POSTHOG_HOST: "https://eu.i.posthog.com" });
    expect(hostOnly.apiHost).toBe(FIRST_PARTY_INGEST_PATH);
    expect(externalAnalyticsOrigin(hostOnly)).toBeNull();
  });

  it("reads the cookieless and test flags as `true` only", () => {
    const settings = resolveAnalyticsSettings({
      NEXT_PUBLIC_ANALYTICS_COOKIELESS: " TRUE ",
      NEXT_PUBLIC_ANALYTICS_TEST_MODE: "true",
    });
    expect([settings.cookieless, settings.testMode]).toEqual([true, true]);
    expect(resolveAnalyticsSettings({ NEXT_PUBLIC_ANALYTICS_TEST_MODE: "1" }).testMode).toBe(false);
  });
});

describe("buildPosthogConfig", () => {
  const firstParty = resolveAnalyticsSettings({});

  it("captures client-side navigations as pageviews and calls nothing but the ingest", () => {
    const config = buildPosthogConfig(firstParty, { analytics: true });
    expect(config).toMatchObject({
      api_host: "/ingest",
      capture_pageview: "history_change",
      autocapture: false,
      advanced_disable_flags: true,
      disable_surveys: true,
      disable_session_recording: true,
      disable_external_dependency_loading: true,
      capture_heatmaps: false,
      capture_dead_clicks: false,
      internal_or_test_user_hostname: null,
    });
  });

  it("keeps its ids in a cookie, for no longer than a consent lasts, once the visitor agreed", () => {
    const config = buildPosthogConfig(firstParty, { analytics: true });
    expect(config.persistence).toBe("cookie");
    expect(config.cookie_expiration).toBeLessThanOrEqual(13 * 31);
    expect(config.cookieless_mode).toBeUndefined();
  });

  it("stores nothing without consent, and goes cookieless when configured", () => {
    expect(buildPosthogConfig(firstParty, { analytics: false }).persistence).toBe("memory");
    const cookieless = buildPosthogConfig(resolveAnalyticsSettings({ NEXT_PUBLIC_ANALYTICS_COOKIELESS: "true" }), {
      analytics: true,
    });
    expect([cookieless.cookieless_mode, cookieless.persistence]).toEqual(["always", "memory"]);
  });

  it("lets a test browser's events through only in test mode", () => {
    expect(buildPosthogConfig(firstParty, { analytics: true }).opt_out_useragent_filter).toBeUndefined();
    const test = resolveAnalyticsSettings({ NEXT_PUBLIC_ANALYTICS_TEST_MODE: "true" });
    expect(buildPosthogConfig(test, { analytics: true }).opt_out_useragent_filter).toBe(true);
  });
});
