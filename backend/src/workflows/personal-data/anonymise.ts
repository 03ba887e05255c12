import type { Address } from "./person-records"

/**
 * How an erased customer's records look afterwards. Orders are kept (French accounting rules
 * keep sales records ten years, Code de commerce L123-22) but say nothing about the person:
 * amounts, items, dates and the delivery country (which decides the VAT) stay; the identity,
 * the contact details and the street address go.
 */

/** Unique per customer (Medusa requires distinct e-mails), and `.invalid` can never receive mail. */
export function anonymisedEmail(customerId: string): string {
  return `efface-${customerId.toLowerCase()}@anonyme.invalid`
}

export const ERASED_ADDRESS_FIELDS = {
  first_name: null,
  last_name: null,
  company: null,
  address_1: null,
  address_2: null,
  city: null,
  postal_code: null,
  province: null,
  phone: null,
  metadata: null,
} as const

export const ERASED_CUSTOMER_FIELDS = {
  first_name: null,
  last_name: null,
  company_name: null,
  phone: null,
  metadata: null,
} as const

/** The fields an anonymisation overwrites, as they were: what a compensation writes back. */
export function addressSnapshot(address: Address): Address {
  const snapshot: Address = { id: address.id }
  for (const field of Object.keys(ERASED_ADDRESS_FIELDS)) snapshot[field] = address[field] ?? null
  return snapshot
}

/** The non-null addresses of a list of orders or carts. */
export function addressesOf(records: { shipping_address: Address | null; billing_address: Address | null }[]): Address[] {
  const byId = new Map<string, Address>()
  for (const record of records) {
    for (const address of [record.shipping_address, record.billing_address]) if (address) byId.set(address.id, address)
  }
  return [...byId.values()]
}
