/**
 * What the storefront reads from a customer's JWT: its expiry (for the cookie's
 * lifetime) and whether a customer is attached yet. The signature is checked by
 * the backend on every call; nothing here grants access.
 */
export type TokenClaims = { actorId: string | null; expiresAt: Date | null };

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.([A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+$/;

export function isJwtShaped(value: string | undefined | null): value is string {
  return typeof value === "string" && value.length <= 4_096 && JWT_SHAPE.test(value);
}

export function readTokenClaims(token: string): TokenClaims | null {
  const payload = JWT_SHAPE.exec(token)?.[1];
  if (!payload) return null;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (typeof claims !== "object" || claims === null) return null;
    const { actor_id: actorId, exp } = claims as { actor_id?: unknown; exp?: unknown };
    return {
      actorId: typeof actorId === "string" && actorId.length > 0 ? actorId : null,
      expiresAt: typeof exp === "number" && Number.isFinite(exp) ? new Date(exp * 1000) : null,
    };
  } catch {
    return null;
  }
}

/** Default when the token states no expiry: Medusa's own default lifetime (one day). */
const FALLBACK_LIFETIME_SECONDS = 60 * 60 * 24;

/** Seconds the session cookie should live: until the token expires, never negative. */
export function cookieMaxAgeSeconds(claims: TokenClaims | null, now: Date = new Date()): number {
  if (!claims?.expiresAt) return FALLBACK_LIFETIME_SECONDS;
  return Math.max(0, Math.floor((claims.expiresAt.getTime() - now.getTime()) / 1000));
}
