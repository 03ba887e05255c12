import { describe, expect, it } from "vitest"
import { ERASED_ADDRESS_FIELDS, addressSnapshot, addressesOf, anonymisedEmail } from "./anonymise"
import { type PersonRecords, personLink, personMention } from "./person-records"

const address = (id: string) => ({ id, first_name: "Camille", last_name: "Martin", address_1: "12 rue des Lilas", city: "Lyon", country_code: "fr" })

describe("anonymisation", () => {
  it("gives each erased customer a distinct address that can receive no mail", () => {
    expect(anonymisedEmail("cus_01ABC")).toBe("efface-cus_01abc@anonyme.invalid")
    expect(anonymisedEmail("cus_01ABC")).not.toBe(anonymisedEmail("cus_01ABD"))
  })

  it("blanks the person and keeps the country, which decides the VAT", () => {
    expect(Object.keys(ERASED_ADDRESS_FIELDS)).toEqual(expect.arrayContaining(["first_name", "last_name", "address_1", "phone"]))
    expect(Object.keys(ERASED_ADDRESS_FIELDS)).not.toContain("country_code")
  })

  it("snapshots exactly the fields it overwrites, for the compensation", () => {
    const snapshot = addressSnapshot(address("oaddr_1"))
    expect(snapshot).toMatchObject({ id: "oaddr_1", last_name: "Martin", address_2: null })
    expect(Object.keys(snapshot).sort()).toEqual(["id", ...Object.keys(ERASED_ADDRESS_FIELDS)].sort())
  })

  it("lists an address shared by delivery and billing once", () => {
    const shared = address("oaddr_1")
    expect(addressesOf([{ shipping_address: shared, billing_address: shared }, { shipping_address: null, billing_address: address("oaddr_2") }]).map((a) => a.id)).toEqual(["oaddr_1", "oaddr_2"])
  })
})

describe("personLink", () => {
  it("ties analytics to the customer, their orders and the visitor ids stored at checkout", () => {
    const records = {
      customer: { id: "cus_1", email: "c@example.fr", has_account: false },
      orders: [{ id: "order_1", email: null, metadata: { comptoir_distinct_id: " visitor-a " }, shipping_address: null, billing_address: null }],
      carts: [
        { id: "cart_1", email: null, metadata: { comptoir_distinct_id: "visitor-a" }, shipping_address: null, billing_address: null },
        { id: "cart_2", email: null, metadata: null, shipping_address: null, billing_address: null },
      ],
    } satisfies PersonRecords
    expect(personLink(records)).toEqual({ customerIds: ["cus_1"], orderIds: ["order_1"], distinctIds: ["visitor-a"] })
  })
})

describe("personMention", () => {
  it("looks for the e-mails and full names the person went by, not a first or last name alone", () => {
    const records = {
      customer: { id: "cus_1", email: "c@example.fr", has_account: false, first_name: "Camille", last_name: null, addresses: [address("caddr_1")] },
      orders: [{ id: "order_1", email: "ancien@example.fr", metadata: null, shipping_address: { id: "oaddr_1", first_name: "Noé", last_name: "Petit" }, billing_address: null }],
      carts: [{ id: "cart_1", email: "c@example.fr", metadata: null, shipping_address: null, billing_address: null }],
    } satisfies PersonRecords
    expect(personMention(records)).toEqual({
      customerId: "cus_1",
      relatedEntityIds: ["order_1"],
      texts: ["c@example.fr", "ancien@example.fr", "Camille Martin", "Noé Petit"],
    })
  })
})
