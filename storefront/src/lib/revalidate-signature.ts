import { createHmac, timingSafeEqual } from "node:crypto";

/** Header carrying the hex HMAC-SHA256 of the raw request body. */
export const REVALIDATE_SIGNATURE_HEADER = "x-comptoir-signature";

/** Development-only secret, shared with the backend's default. Never accepted in production. */
export const DEV_REVALIDATE_SECRET = "dev-revalidate-secret-change-me";

/** Lowercase hex HMAC-SHA256 of `rawBody`, the value the backend puts in the signature header. */
export function signRevalidationBody(rawBody: string, secret: string): string {
  return createHmac("sha256", secret).update(rawBody, "utf8").digest("hex");
}

/**
 * True when `signature` is the HMAC-SHA256 of `rawBody` under `secret`.
 * The comparison runs in constant time so the signature cannot be guessed byte by byte.
 */
export function isValidRevalidationSignature(
  rawBody: string,
  signature: string | null | undefined,
  secret: string,
): boolean {
  if (!signature || secret.length === 0) return false;
  const received = signature.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(received)) return false;
  const expected = Buffer.from(signRevalidationBody(rawBody, secret), "hex");
  return timingSafeEqual(expected, Buffer.from(received, "hex"));
}

/**
 * The secret to check signatures with, or `null` when revalidation must be refused:
 * in production an unset secret disables the webhook instead of falling back
 * to the publicly known development secret.
 */
export function resolveRevalidateSecret(
  configured: string | undefined,
  nodeEnv: string | undefined,
): string | null {
  if (configured && configured.length > 0) return configured;
  return nodeEnv === "production" ? null : DEV_REVALIDATE_SECRET;
}
