import type { ContractCheck } from "@comptoir/analytics/browser";
import type { PostHog } from "posthog-js";
import type { StorefrontEvent, StorefrontEventName, VisitIds } from "./events";
import { type AnalyticsSettings, buildPosthogConfig } from "./settings";

/**
 * The one place the storefront talks to posthog-js. Nothing here runs, and
 * posthog-js is not even downloaded, until `startAnalytics` is called, which the
 * consent provider does only once the visitor has agreed (or in cookieless mode).
 */

type Loaded = {
  posthog: PostHog;
  checkEventProperties: (event: string, properties: unknown) => ContractCheck;
};

type State =
  | { status: "off" }
  | { status: "loading"; pending: StorefrontEvent[] }
  | { status: "on"; loaded: Loaded }
  /** Consent withdrawn on this page: posthog-js stays loaded, but drops every event and stores nothing. */
  | { status: "stopped"; loaded: Loaded };

/** Events captured while posthog-js downloads; bounded in case it never arrives. */
const MAX_PENDING_EVENTS = 50;

let state: State = { status: "off" };

function send(loaded: Loaded, event: StorefrontEvent): void {
  const check = loaded.checkEventProperties(event.name, event.properties);
  if (!check.ok) {
    // A storefront bug, not the visitor's: report it where developers look, send nothing wrong.
    console.warn(`[analytics] ${check.reason}: event not sent`);
    return;
  }
  loaded.posthog.capture(event.name, event.properties);
}

/** Loads and initialises posthog-js once; later calls (other pages, other components) do nothing. */
export function startAnalytics(settings: AnalyticsSettings, consent: { analytics: boolean }): void {
  if (typeof window === "undefined") return;
  if (state.status === "loading" || state.status === "on") return;

  const config = buildPosthogConfig(settings, consent);
  if (state.status === "stopped") {
    const { loaded } = state;
    state = { status: "on", loaded };
    loaded.posthog.set_config({ ...config, disable_persistence: false });
    // A new visitor id: nothing links the visit before the withdrawal to the one after.
    loaded.posthog.reset(true);
    return;
  }

  const loading: State = { status: "loading", pending: [] };
  state = loading;
  void Promise.all([import("posthog-js"), import("@comptoir/analytics/browser")])
    .then(([posthogModule, contract]) => {
      if (state !== loading) return; // withdrawn while downloading
      const posthog = posthogModule.default;
      const loaded: Loaded = { posthog, checkEventProperties: contract.checkEventProperties };
      // "on" before init: the first pageview is captured during init and passes the gate below.
      state = { status: "on", loaded };
      // The gate every event passes, posthog-js's own pageviews included: once consent is
      // withdrawn nothing leaves the page. (posthog-js's opt-out would have to be stored in
      // the browser to hold, which a refusal must not cause.)
      posthog.init(settings.projectKey, { ...config, before_send: (event) => (state.status === "on" ? event : null) });
      for (const event of loading.pending) send(loaded, event);
    })
    .catch((error: unknown) => {
      if (state === loading) state = { status: "off" };
      console.warn("[analytics] posthog-js could not be loaded", error);
    });
}

/** Removes what posthog-js kept in the browser (cookies, local and session storage). */
function clearAnalyticsStorage(): void {
  const isPosthogKey = (key: string) => key.startsWith("ph_") || key.startsWith("__ph");
  for (const storage of [window.localStorage, window.sessionStorage]) {
    for (const key of Object.keys(storage)) if (isPosthogKey(key)) storage.removeItem(key);
  }
  for (const cookie of document.cookie.split(";")) {
    const name = cookie.split("=")[0]?.trim();
    if (name && isPosthogKey(name)) document.cookie = `${name}=; Max-Age=0; Path=/; SameSite=Lax`;
  }
}

/** Consent withdrawn: stop capturing at once and remove every identifier stored for the visit. */
export function stopAnalytics(): void {
  if (typeof window === "undefined") return;
  if (state.status === "on") {
    const { loaded } = state;
    state = { status: "stopped", loaded };
    // Deletes what posthog-js stored and keeps it from storing anything more.
    loaded.posthog.set_config({ disable_persistence: true });
  } else if (state.status === "loading") {
    state = { status: "off" };
  }
  clearAnalyticsStorage();
}

/**
 * Sends one of the storefront's e-commerce events, typed by the analytics
 * contract. Without consent (analytics not started) it does nothing at all.
 */
export function track<Name extends StorefrontEventName>(
  name: Name,
  properties: Extract<StorefrontEvent, { name: Name }>["properties"],
): void {
  const event = { name, properties } as StorefrontEvent;
  if (state.status === "on") send(state.loaded, event);
  else if (state.status === "loading" && state.pending.length < MAX_PENDING_EVENTS) state.pending.push(event);
}

/**
 * The visitor's posthog-js ids, for the cart to store so the server-side order
 * event can be attributed to the visit; `null` without consent.
 */
export function getVisitIds(): VisitIds | null {
  if (state.status !== "on") return null;
  const { posthog } = state.loaded;
  const distinctId = posthog.get_distinct_id();
  if (!distinctId) return null;
  return { distinctId, sessionId: posthog.get_session_id() || null };
}

/** Whether posthog-js is capturing on this page (for tests and debugging). */
export function analyticsStatus(): State["status"] {
  return state.status;
}
