import { createHmac } from "node:crypto"

/**
 * The one place the backend signs revalidation requests. It must stay the same algorithm as the
 * storefront's check (`storefront/src/lib/revalidate-signature.ts`): lowercase hex HMAC-SHA256 of
 * the raw UTF-8 body, in this header. `signature.test.ts` verifies with the storefront's own code.
 */
export const REVALIDATE_SIGNATURE_HEADER = "x-comptoir-signature"

export function signRevalidationBody(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex")
}
