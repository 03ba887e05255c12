import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The e-mail/password identity of an account, registered unless it exists. A run stopped
 * between this and the account's creation leaves the identity: the next run reuses it.
 */
export async function ensureEmailPassIdentity(container: MedusaContainer, email: string, password: string): Promise<string> {
  const auth = container.resolve(Modules.AUTH)
  const [found] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" }, { take: 1 })
  if (found?.auth_identity_id) return found.auth_identity_id
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error ?? "no identity returned"}`)
  return authIdentity.id
}

/**
 * Points the e-mail/password identities of existing accounts at them (`app_metadata.user_id` or
 * `customer_id`), as Medusa's account workflows do in their last step: a run killed just before
 * it leaves an account no one can log in to. Identities that already point somewhere are left alone.
 */
export async function ensureIdentitiesLinked(
  container: MedusaContainer,
  actor: "user" | "customer",
  accounts: ReadonlyMap<string, string>
): Promise<number> {
  if (accounts.size === 0) return 0
  const auth = container.resolve(Modules.AUTH)
  const key = `${actor}_id`
  // The module's filters take a list (an `$in`), though the filter type says one string.
  const filters = { entity_id: [...accounts.keys()], provider: "emailpass" } as unknown as { entity_id: string; provider: string }
  const providers = await auth.listProviderIdentities(filters, { select: ["entity_id", "auth_identity_id"] })
  const emailOf = new Map(providers.flatMap((provider) => (provider.auth_identity_id ? [[provider.auth_identity_id, provider.entity_id] as const] : [])))
  if (emailOf.size === 0) return 0
  const identities = await auth.listAuthIdentities({ id: [...emailOf.keys()] }, { select: ["id", "app_metadata"] })
  const updates = identities
    .filter((identity) => !identity.app_metadata?.[key])
    .map((identity) => ({ id: identity.id, app_metadata: { ...identity.app_metadata, [key]: accounts.get(emailOf.get(identity.id)!)! } }))
  if (updates.length > 0) await auth.updateAuthIdentities(updates)
  return updates.length
}
