import { describe, expect, it } from "vitest";
import { cookieMaxAgeSeconds, isJwtShaped, readTokenClaims } from "./token";

function jwt(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "HS256", typ: "JWT" })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe("readTokenClaims", () => {
  it("reads the customer id and the expiry", () => {
    const claims = readTokenClaims(jwt({ actor_id: "cus_01ABC", actor_type: "customer", exp: 1_800_000_000 }));
    expect(claims).toEqual({ actorId: "cus_01ABC", expiresAt: new Date(1_800_000_000_000) });
  });

  it("sees a registration token, which has no customer yet", () => {
    expect(readTokenClaims(jwt({ actor_id: "", exp: 1 }))?.actorId).toBeNull();
  });

  it("refuses what is not a JWT", () => {
    expect(readTokenClaims("pas-un-jeton")).toBeNull();
    expect(readTokenClaims("a.bm90IGpzb24.c")).toBeNull();
    expect(isJwtShaped("a.b.c")).toBe(true);
    expect(isJwtShaped("a.b")).toBe(false);
    expect(isJwtShaped(undefined)).toBe(false);
  });
});

describe("cookieMaxAgeSeconds", () => {
  const now = new Date("2026-11-29T12:00:00Z");
  it("lives as long as the token", () => {
    expect(cookieMaxAgeSeconds({ actorId: "cus_1", expiresAt: new Date("2026-11-30T12:00:00Z") }, now)).toBe(86_400);
  });
  it("is never negative for an expired token", () => {
    expect(cookieMaxAgeSeconds({ actorId: "cus_1", expiresAt: new Date("2026-11-28T12:00:00Z") }, now)).toBe(0);
  });
  it("falls back to one day without an expiry", () => {
    expect(cookieMaxAgeSeconds(null, now)).toBe(86_400);
  });
});
