import { DEMO_CUSTOMER_PASSWORD, type DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCustomerAccountWorkflow,
  createCustomerGroupsWorkflow,
  linkCustomersToCustomerGroupWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureEmailPassIdentity, ensureIdentitiesLinked } from "./identities"

/**
 * Customer groups (by name) and customer accounts (by e-mail) with their address, each able to
 * log in to the storefront with DEMO_CUSTOMER_PASSWORD, and each in the groups the demo gives.
 */
export async function ensureCustomers(container: MedusaContainer, demo: DemoShop) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const groupIds = new Map(
    (await customerModule.listCustomerGroups({ name: { $in: demo.customerGroups.map((g) => g.name) } }, { select: ["id", "name"] })).map(
      (group) => [group.name, group.id]
    )
  )
  const missingGroups = demo.customerGroups.filter((group) => !groupIds.has(group.name))
  if (missingGroups.length > 0) {
    const { result } = await createCustomerGroupsWorkflow(container).run({
      input: { customersData: missingGroups.map(({ name }) => ({ name })) },
    })
    for (const group of result) groupIds.set(group.name, group.id)
  }

  const existing = new Map(
    (await customerModule.listCustomers({ email: demo.customers.map((c) => c.email) }, { select: ["id", "email"] })).map(
      (customer) => [customer.email, customer.id]
    )
  )
  let created = 0
  for (const customer of demo.customers) {
    if (existing.has(customer.email)) continue
    const authIdentityId = await ensureEmailPassIdentity(container, customer.email, DEMO_CUSTOMER_PASSWORD)
    const { result } = await createCustomerAccountWorkflow(container).run({
      input: {
        authIdentityId,
        customerData: {
          email: customer.email,
          first_name: customer.firstName,
          last_name: customer.lastName,
          phone: customer.phone ?? null,
          addresses: [
            {
              first_name: customer.firstName,
              last_name: customer.lastName,
              address_1: customer.address.address1,
              postal_code: customer.address.postalCode,
              city: customer.address.city,
              country_code: customer.address.countryCode,
              phone: customer.phone ?? null,
              is_default_shipping: true,
              is_default_billing: true,
            },
          ],
        },
      },
    })
    existing.set(customer.email, result.id)
    created += 1
  }
  await ensureIdentitiesLinked(container, "customer", existing)

  const { data: groups } = await query.graph({
    entity: "customer_group",
    fields: ["id", "name", "customers.email"],
    filters: { id: [...groupIds.values()] },
  })
  for (const group of groups) {
    const members = new Set(
      (group.customers ?? []).flatMap((customer: { email: string | null } | null) => (customer?.email ? [customer.email] : []))
    )
    const add = demo.customers
      .filter((customer) => customer.groups.includes(group.name) && !members.has(customer.email))
      .map((customer) => existing.get(customer.email)!)
    if (add.length > 0) await linkCustomersToCustomerGroupWorkflow(container).run({ input: { id: group.id, add } })
  }
  return { created, groupIds }
}
