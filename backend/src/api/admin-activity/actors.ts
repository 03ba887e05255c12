import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

export interface Actor {
  email: string | null
  name: string | null
}

/** Names change rarely; a few minutes of staleness only shows in entries written meanwhile. */
const TTL_MS = 5 * 60_000
const MAX_ENTRIES = 500

const cache = new Map<string, { actor: Actor; expires: number }>()

/**
 * The e-mail and name of the person behind a request, from Medusa's user module, cached so a
 * busy class does not read the user table once per change. An API key has no person: its id
 * is the actor and its name says "API key".
 */
export async function resolveActor(container: MedusaContainer, actorId: string, actorType: string | undefined, now = Date.now()): Promise<Actor> {
  if (actorType && actorType !== "user") return { email: null, name: "Clé d'API" }
  const cached = cache.get(actorId)
  if (cached && cached.expires > now) return cached.actor
  const users = container.resolve(Modules.USER)
  const [user] = await users.listUsers({ id: actorId }, { select: ["email", "first_name", "last_name"], take: 1 })
  const name = user ? [user.first_name, user.last_name].filter((part) => part && part.trim() !== "").join(" ") : ""
  const actor: Actor = { email: user?.email ?? null, name: name || (user?.email ?? null) }
  if (cache.size >= MAX_ENTRIES) cache.clear()
  cache.set(actorId, { actor, expires: now + TTL_MS })
  return actor
}
