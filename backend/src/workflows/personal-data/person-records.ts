import { CART_ATTRIBUTION_KEYS } from "@comptoir/analytics"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { CustomerMention } from "../../modules/activity-log"
import type { PersonLink } from "../../modules/event-store"

// What the shop holds about one customer, read through Medusa's query graph: the customer and
// their addresses, their orders (with items and addresses) and their carts. The orders' and
// carts' metadata hold the posthog-js visitor id that links analytics events to the person.

const ADDRESS_FIELDS = [
  "id", "first_name", "last_name", "company", "address_1", "address_2", "city", "postal_code",
  "province", "country_code", "phone",
].join(",")

export const CUSTOMER_FIELDS = [
  "id", "email", "first_name", "last_name", "company_name", "phone", "has_account", "metadata",
  "created_at", "updated_at", "addresses.*",
]

export const ORDER_FIELDS = [
  "id", "display_id", "status", "email", "currency_code", "total", "subtotal", "created_at", "metadata",
  "items.id", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.unit_price",
  ...ADDRESS_FIELDS.split(",").flatMap((field) => [`shipping_address.${field}`, `billing_address.${field}`]),
]

export const CART_FIELDS = [
  "id", "email", "created_at", "completed_at", "metadata",
  ...ADDRESS_FIELDS.split(",").flatMap((field) => [`shipping_address.${field}`, `billing_address.${field}`]),
]

export type Address = Record<string, unknown> & { id: string }
export type PersonOrder = Record<string, unknown> & {
  id: string
  email: string | null
  metadata: Record<string, unknown> | null
  shipping_address: Address | null
  billing_address: Address | null
}
export type PersonCart = PersonOrder
export type PersonCustomer = Record<string, unknown> & { id: string; email: string; has_account: boolean }

export interface PersonRecords {
  customer: PersonCustomer
  orders: PersonOrder[]
  carts: PersonCart[]
}

/** Reads everything the shop holds about a customer; NOT_FOUND when there is no such customer. */
export async function readPersonRecords(container: MedusaContainer, customerId: string): Promise<PersonRecords> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph({ entity: "customer", fields: CUSTOMER_FIELDS, filters: { id: customerId } })
  const customer = customers[0] as PersonCustomer | undefined
  if (!customer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer with id ${customerId}`)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { customer_id: customerId } })
  const { data: carts } = await query.graph({ entity: "cart", fields: CART_FIELDS, filters: { customer_id: customerId } })
  return { customer, orders: orders as PersonOrder[], carts: carts as PersonCart[] }
}

/** The ids that tie analytics events to this person (see the event store's PersonLink). */
export function personLink(records: PersonRecords): PersonLink {
  const distinctIds = new Set<string>()
  for (const record of [...records.orders, ...records.carts]) {
    const id = record.metadata?.[CART_ATTRIBUTION_KEYS.distinctId]
    if (typeof id === "string" && id.trim()) distinctIds.add(id.trim())
  }
  return {
    customerIds: [records.customer.id],
    orderIds: records.orders.map((order) => order.id),
    distinctIds: [...distinctIds],
  }
}

/**
 * How the admin journal may name this person: the e-mails of the customer, their orders and
 * carts, and the full names of the customer and of their addresses. A first or last name alone
 * is not searched: "Martin" would also match a product called "Savon Martin".
 */
export function personMention(records: PersonRecords): CustomerMention {
  const { customer } = records
  const addresses = [
    ...((customer.addresses ?? []) as Address[]),
    ...[...records.orders, ...records.carts].flatMap((record) => [record.shipping_address, record.billing_address]),
  ]
  const fullNames = [customer, ...addresses].flatMap((named) => {
    const first = typeof named?.first_name === "string" ? named.first_name.trim() : ""
    const last = typeof named?.last_name === "string" ? named.last_name.trim() : ""
    return first && last ? [`${first} ${last}`] : []
  })
  const emails = [customer.email, ...records.orders.map((order) => order.email), ...records.carts.map((cart) => cart.email)]
  return {
    customerId: customer.id,
    relatedEntityIds: records.orders.map((order) => order.id),
    texts: [...new Set([...emails, ...fullNames].filter((text): text is string => typeof text === "string" && text.trim() !== ""))],
  }
}
