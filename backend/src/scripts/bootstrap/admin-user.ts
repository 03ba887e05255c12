import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ensureEmailPassIdentity, ensureIdentitiesLinked } from "../demo/identities"

/**
 * Creates the first admin account, as `medusa user` does, unless an account with that
 * e-mail exists. Without a password (production with no ADMIN_PASSWORD) it explains what to set.
 * A start killed between the identity, the user and the link between them finishes the job:
 * the identity is reused, an unlinked one is linked.
 */
export async function ensureAdminUser(container: MedusaContainer, admin: { email: string; password?: string }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: admin.email }, { take: 1 })
  if (existing) {
    await ensureIdentitiesLinked(container, "user", new Map([[existing.email, existing.id]]))
    return { created: false }
  }
  if (!admin.password) {
    logger.warn(`No admin account ${admin.email} and no ADMIN_PASSWORD: set ADMIN_PASSWORD to create it.`)
    return { created: false }
  }
  const authIdentityId = await ensureEmailPassIdentity(container, admin.email, admin.password)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId, userData: { email: admin.email, first_name: "Admin", last_name: "Comptoir" } },
  })
  logger.info(`Admin account created: ${admin.email}`)
  return { created: true }
}
