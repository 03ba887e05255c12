import { createHmac, randomBytes } from "node:crypto"

const DAY_MS = 86_400_000

/**
 * The salt of the client keys, drawn at random each day and held in memory only: a key cannot
 * be turned back into an IP address, and keys of two days cannot be linked to each other.
 */
let salt = { day: -1, secret: Buffer.alloc(0) }

function currentSecret(now: number): Buffer {
  const day = Math.floor(now / DAY_MS)
  if (salt.day !== day) salt = { day, secret: randomBytes(32) }
  return salt.secret
}

/**
 * The rate limiter's key for one capture request: the visitor's distinct id when the batch
 * names one (so a class behind one school proxy is not counted as a single client), else the
 * connecting address. Either way only a salted hash is kept, never the IP address itself.
 */
export function captureClientKey(ip: string | undefined, distinctId: string | null, now = Date.now()): string {
  const source = distinctId !== null ? `distinct:${distinctId}` : `address:${ip ?? "unknown"}`
  return createHmac("sha256", currentSecret(now)).update(source).digest("base64url").slice(0, 22)
}
