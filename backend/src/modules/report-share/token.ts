import { createHash, randomBytes } from "node:crypto"

/** 32 random bytes: a link nobody can guess, short enough to paste in an e-mail (43 characters). */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url")
}

/** What the table stores and looks up: the token itself never touches the database. */
export function hashShareToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

/** A token as newShareToken makes them; anything else is unknown without a database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
}
