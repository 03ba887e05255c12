import "server-only";

import { cookies } from "next/headers";
import { cookieMaxAgeSeconds, isJwtShaped, readTokenClaims } from "@/lib/account/token";
import { getStorefrontUrl } from "@/lib/site-url";

/**
 * The logged-in customer's JWT. httpOnly: no script on the page can read (or
 * leak) it; the server passes it to the backend as a Bearer token.
 */
export const CUSTOMER_COOKIE = "comptoir_customer";

/** The customer's token, `null` when nobody is logged in or the session has expired. */
export async function getCustomerToken(): Promise<string | null> {
  const token = (await cookies()).get(CUSTOMER_COOKIE)?.value;
  if (!isJwtShaped(token)) return null;
  const claims = readTokenClaims(token);
  if (!claims?.actorId) return null;
  if (claims.expiresAt && claims.expiresAt.getTime() <= Date.now()) return null;
  return token;
}

export async function rememberCustomerToken(token: string): Promise<void> {
  (await cookies()).set(CUSTOMER_COOKIE, token, {
    path: "/",
    maxAge: cookieMaxAgeSeconds(readTokenClaims(token)),
    sameSite: "lax",
    httpOnly: true,
    // A class server over plain HTTP would never get a Secure cookie back: Secure only under https.
    secure: getStorefrontUrl().protocol === "https:",
  });
}

export async function forgetCustomerToken(): Promise<void> {
  (await cookies()).delete(CUSTOMER_COOKIE);
}
