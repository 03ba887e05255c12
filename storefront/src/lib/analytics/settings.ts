import type { PostHogConfig } from "posthog-js";
import { rotateExpiredVisitorId } from "./visitor-id";

/**
 * Where and how the shop measures its audience, resolved once on the server
 * from the environment and handed to the browser as plain data.
 */
export type AnalyticsSettings = {
  /** posthog-js `api_host`: the shop's own `/ingest` forward, or a real PostHog host. */
  apiHost: string;
  /** Project key sent with every event (`api_key`); the first-party ingest only checks its shape. */
  projectKey: string;
  /**
   * Measure without cookies (posthog-js `cookieless_mode: 'always'`), from the first
   * page, without waiting for the banner; an explicit refusal still stops everything.
   */
  cookieless: boolean;
  /** Playwright drives a browser posthog-js takes for a bot: let its events through. */
  testMode: boolean;
};

/** The storefront forwards this path to the backend's PostHog-compatible ingest. */
export const FIRST_PARTY_INGEST_PATH = "/ingest";

/** Key used with the first-party ingest, which serves one shop and needs no real project key. */
export const FIRST_PARTY_PROJECT_KEY = "comptoir";

/** posthog-js cookie lifetime, in days: within the 13 months a consent lasts. */
export const ANALYTICS_COOKIE_DAYS = 390;

function isTrue(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === "true";
}

/**
 * Reads the analytics settings. `env` is a parameter (not `process.env.X` literals)
 * so that the server reads the values at run time, not at build time.
 * A real PostHog needs both its host and its key; with only one of them the shop
 * keeps sending to itself rather than to a half-configured destination.
 */
export function resolveAnalyticsSettings(env: Readonly<Record<string, string | undefined>>): AnalyticsSettings {
  const host = env.NEXT_PUBLIC_POSTHOG_HOST?.trim().replace(/\/+$/, "");
  const key = env.NEXT_PUBLIC_POSTHOG_KEY?.trim();
  const external = host && key ? { apiHost: host, projectKey: key } : null;
  return {
    apiHost: external?.apiHost ?? FIRST_PARTY_INGEST_PATH,
    projectKey: external?.projectKey ?? FIRST_PARTY_PROJECT_KEY,
    cookieless: isTrue(env.NEXT_PUBLIC_ANALYTICS_COOKIELESS),
    testMode: isTrue(env.NEXT_PUBLIC_ANALYTICS_TEST_MODE),
  };
}

/** Origin of an external PostHog host, for the Content-Security-Policy; `null` when first-party. */
export function externalAnalyticsOrigin(settings: AnalyticsSettings): string | null {
  if (settings.apiHost.startsWith("/")) return null;
  try {
    return new URL(settings.apiHost).origin;
  } catch {
    return null;
  }
}

/**
 * The posthog-js options. Everything that would call PostHog's own services
 * (flags, surveys, recordings, heatmaps, toolbar, scripts from a CDN) is off:
 * the shop sends events, and only events, to one place.
 */
export function buildPosthogConfig(
  settings: AnalyticsSettings,
  consent: { analytics: boolean },
): Partial<PostHogConfig> {
  const withCookies = consent.analytics && !settings.cookieless;
  return {
    api_host: settings.apiHost,
    // Client-side navigations (Next's router) are pageviews too.
    capture_pageview: "history_change",
    capture_pageleave: "if_capture_pageview",
    // Comptoir's typed e-commerce events say what matters; clicks would only add noise.
    autocapture: false,
    advanced_disable_flags: true,
    advanced_disable_toolbar_metrics: true,
    disable_surveys: true,
    disable_product_tours: true,
    disable_conversations: true,
    disable_web_experiments: true,
    disable_session_recording: true,
    disable_external_dependency_loading: true,
    capture_heatmaps: false,
    capture_dead_clicks: false,
    capture_exceptions: false,
    capture_performance: false,
    // localhost is where students run the shop: their visits are real visits.
    internal_or_test_user_hostname: null,
    person_profiles: "identified_only",
    persistence: withCookies ? "cookie" : "memory",
    cookie_expiration: ANALYTICS_COOKIE_DAYS,
    // The cookie's expiry moves with every visit: the id's own age decides when it is replaced.
    loaded: rotateExpiredVisitorId,
    // Cookieless: posthog-js stores nothing and the server derives the visitor's id.
    ...(settings.cookieless ? { cookieless_mode: "always" as const } : {}),
    ...(settings.testMode ? { opt_out_useragent_filter: true } : {}),
  };
}
