import type { EVENT_NAMES, EventProperties } from "@comptoir/analytics/browser";

// Types only: the contract's values (and zod) are loaded in the browser after
// consent, with posthog-js, so a visitor who refuses never downloads them.

type Names = typeof EVENT_NAMES;

/**
 * Events the storefront sends itself. posthog-js captures `$pageview` and
 * `$pageleave` on its own; the order events come from the backend.
 */
export type StorefrontEventName =
  | Names["productListViewed"]
  | Names["productViewed"]
  | Names["searchPerformed"]
  | Names["productAddedToCart"]
  | Names["productRemovedFromCart"]
  | Names["cartViewed"]
  | Names["checkoutStarted"]
  | Names["checkoutStepCompleted"]
  | Names["promoCodeApplied"]
  | Names["promoCodeRejected"];

/** An event and its properties as the contract types them: a wrong property is a compile error. */
export type StorefrontEvent = {
  [Name in StorefrontEventName]: { name: Name; properties: EventProperties<Name> };
}[StorefrontEventName];

/** The ids that join a visit to the order it leads to (stored on the cart). */
export type VisitIds = {
  distinctId: string;
  /** Empty in cookieless mode, where the server derives the session. */
  sessionId: string | null;
};
