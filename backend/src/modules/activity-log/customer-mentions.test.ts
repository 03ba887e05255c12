import { describe, expect, it } from "vitest"
import { ERASED_CUSTOMER_LABEL, mentionTexts, replaceMentions, scrubEntry } from "./customer-mentions"

const entry = (fields: Partial<Parameters<typeof scrubEntry>[0]>) => ({
  id: "act_1",
  entity_type: "customer",
  entity_id: "cus_1",
  entity_label: "camille@example.fr",
  summary: "Élément modifié : « camille@example.fr »",
  path: "/admin/customers/cus_1",
  ...fields,
})

describe("customer mentions in the journal", () => {
  it("searches each e-mail or full name once, longest first, and skips what is too short to be a name", () => {
    expect(mentionTexts([" Camille@Example.fr ", "camille@example.fr", "Camille Martin", "Li", null])).toEqual(["camille@example.fr", "camille martin"])
  })

  it("replaces every mention whatever its case, and only the mention", () => {
    expect(replaceMentions("Commande de CAMILLE@example.fr (camille@example.fr)", ["camille@example.fr"])).toBe(
      `Commande de ${ERASED_CUSTOMER_LABEL} (${ERASED_CUSTOMER_LABEL})`
    )
    expect(replaceMentions("a+b@x.fr", ["a+b@x.fr"])).toBe(ERASED_CUSTOMER_LABEL)
  })

  it("blanks the whole label of an entry about the customer, even an e-mail since changed", () => {
    const scrubbed = scrubEntry(entry({ entity_label: "ancien@example.fr", summary: "Élément modifié : « ancien@example.fr »" }), "cus_1", ["camille@example.fr"])
    expect(scrubbed).toEqual({
      id: "act_1",
      entity_label: ERASED_CUSTOMER_LABEL,
      summary: `Élément modifié : « ${ERASED_CUSTOMER_LABEL} »`,
      path: "/admin/customers/cus_1",
    })
  })

  it("keeps an order's number and leaves alone an entry that does not name the customer", () => {
    const order = entry({ entity_type: "order", entity_id: "order_1", entity_label: "n° 12", summary: "Commande expédiée : « n° 12 »", path: "/admin/orders/order_1" })
    expect(scrubEntry(order, "cus_1", ["camille@example.fr"])).toBeNull()
    const named = { ...order, entity_label: "camille@example.fr", summary: "Élément modifié : « camille@example.fr »" }
    expect(scrubEntry(named, "cus_1", ["camille@example.fr"])).toMatchObject({ entity_label: ERASED_CUSTOMER_LABEL })
    expect(scrubEntry(entry({ entity_id: "cus_2" }), "cus_1", ["autre@example.fr"])).toBeNull()
  })

  it("does nothing twice", () => {
    const once = scrubEntry(entry({}), "cus_1", ["camille@example.fr"])
    expect(once).not.toBeNull()
    expect(scrubEntry(entry({ ...once }), "cus_1", ["camille@example.fr"])).toBeNull()
  })
})
