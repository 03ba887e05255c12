import type { PostHog } from "posthog-js";

/**
 * The CNIL's audience-measurement rules: a visitor id lives at most 13 months, and returning to
 * the shop must not extend it. posthog-js rewrites its cookie (and so pushes its expiry back) on
 * every visit, so the cookie's lifetime alone would let a regular visitor keep one id for ever.
 * The id itself says when it was made: posthog-js draws it as a UUID v7, whose first 48 bits
 * are its creation time in milliseconds. An id older than 13 months is replaced at start-up.
 */
export const VISITOR_ID_MAX_AGE_MONTHS = 13;

/** Creation time of a UUID v7, or `null` for any other id (bootstrap ids, cookieless sentinels). */
export function uuidV7CreatedAt(id: string): Date | null {
  const match = /^([0-9a-f]{8})-([0-9a-f]{4})-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.exec(id);
  if (!match) return null;
  return new Date(parseInt(`${match[1]}${match[2]}`, 16));
}

/** Whether the id was made more than 13 calendar months before `now`. */
export function visitorIdExpired(id: string, now: Date): boolean {
  const createdAt = uuidV7CreatedAt(id);
  if (!createdAt) return false;
  const limit = new Date(createdAt.getTime());
  limit.setUTCMonth(limit.getUTCMonth() + VISITOR_ID_MAX_AGE_MONTHS);
  return now.getTime() >= limit.getTime();
}

/**
 * posthog-js `loaded` hook: runs inside `init`, before the first pageview is sent, so no event
 * of the new visit carries the old id. `reset(true)` draws a new device id too.
 */
export function rotateExpiredVisitorId(posthog: Pick<PostHog, "get_distinct_id" | "reset">, now = new Date()): boolean {
  if (!visitorIdExpired(posthog.get_distinct_id(), now)) return false;
  posthog.reset(true);
  return true;
}
