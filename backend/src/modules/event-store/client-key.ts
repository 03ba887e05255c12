import { createHmac, randomBytes } from "node:crypto"

export const DAY_MS = 86_400_000

/**
 * The rate limiter's key for a client: a keyed hash of what identifies it (a visitor id or an
 * address), so that only the hash is ever kept, never the IP address itself.
 */
export function hashClientSource(source: string, salt: Buffer): string {
  return createHmac("sha256", salt).update(source).digest("base64url").slice(0, 22)
}

/**
 * The salt of this process, drawn at random each day and held in memory only: a key cannot be
 * turned back into an IP address, and keys of two days cannot be linked to each other.
 */
let localSalt = { day: -1, secret: Buffer.alloc(0) }

export function localDailySalt(now = Date.now()): Buffer {
  const day = Math.floor(now / DAY_MS)
  if (localSalt.day !== day) localSalt = { day, secret: randomBytes(32) }
  return localSalt.secret
}

/** The client key with this process's salt (the in-process rate limiter's key). */
export function localClientKey(source: string, now = Date.now()): string {
  return hashClientSource(source, localDailySalt(now))
}
