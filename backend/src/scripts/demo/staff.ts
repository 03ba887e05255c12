import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { ensureEmailPassIdentity, ensureIdentitiesLinked } from "./identities"

/**
 * The demo's staff accounts (a teacher), with the main admin account's password: without one
 * (production with no ADMIN_PASSWORD) they are not created, as the main account is not.
 */
export async function ensureStaff(container: MedusaContainer, demo: DemoShop, password: string | undefined) {
  const users = container.resolve(Modules.USER)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const found = await users.listUsers({ email: demo.staff.map((s) => s.email) }, { select: ["id", "email"] })
  const existing = new Set(found.map((u) => u.email))
  await ensureIdentitiesLinked(container, "user", new Map(found.map((u) => [u.email, u.id])))
  let created = 0
  for (const member of demo.staff.filter((candidate) => !existing.has(candidate.email))) {
    if (!password) {
      logger.warn(`No ADMIN_PASSWORD: staff account ${member.email} not created.`)
      continue
    }
    const authIdentityId = await ensureEmailPassIdentity(container, member.email, password)
    await createUserAccountWorkflow(container).run({
      input: { authIdentityId, userData: { email: member.email, first_name: member.firstName, last_name: member.lastName } },
    })
    created += 1
  }
  return created
}
