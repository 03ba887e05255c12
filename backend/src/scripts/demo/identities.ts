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
