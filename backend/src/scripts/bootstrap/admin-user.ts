import { createUsersWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * Creates the first admin account, as `medusa user` does, unless an account with that
 * e-mail exists. Without a password (production with no ADMIN_PASSWORD) it explains what to set.
 */
export async function ensureAdminUser(container: MedusaContainer, admin: { email: string; password?: string }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const users = container.resolve(Modules.USER)
  const [existing] = await users.listUsers({ email: admin.email }, { take: 1 })
  if (existing) {
    return { created: false }
  }
  if (!admin.password) {
    logger.warn(`No admin account ${admin.email} and no ADMIN_PASSWORD: set ADMIN_PASSWORD to create it.`)
    return { created: false }
  }
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", {
    body: { email: admin.email, password: admin.password },
  })
  if (error || !authIdentity) {
    throw new Error(`could not register ${admin.email}: ${error ?? "no identity returned"}`)
  }
  const { result } = await createUsersWorkflow(container).run({
    input: { users: [{ email: admin.email, first_name: "Admin", last_name: "Comptoir" }] },
  })
  const user = result[0]
  if (!user) throw new Error("createUsersWorkflow returned no user")
  await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { user_id: user.id } })
  logger.info(`Admin account created: ${admin.email}`)
  return { created: true }
}
