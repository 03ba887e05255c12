import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import bootstrap from "../../src/scripts/bootstrap"
import { adminHeaders, CHECKOUT_ADDRESS, storeHeaders, type Headers } from "./api-session"
import { variantBySku } from "./concurrency-helpers"

// GET /store/promotion-codes/:code tells the storefront what a running code discounts, so a
// free-shipping code typed in the cart (before any shipping method) can be kept for later.

const DAY_MS = 24 * 60 * 60 * 1000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const anyStatus = { validateStatus: () => true }

    async function createCode(admin: Headers, code: string, targetType: string, extra: Record<string, unknown> = {}) {
      await api.post(
        "/admin/promotions",
        {
          code,
          type: "standard",
          status: "active",
          application_method: { type: "percentage", target_type: targetType, allocation: "across", value: 100, currency_code: "eur" },
          ...extra,
        },
        admin
      )
    }

    describe("GET /store/promotion-codes/:code", () => {
      let store: Headers

      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
        const admin = await adminHeaders(api)
        store = (await storeHeaders(api)).store
        await createCode(admin, "PORTOFFERT", "shipping_methods")
        await createCode(admin, "ARTICLES10", "items")
        await createCode(admin, "COMMANDE10", "order")
        await createCode(admin, "BROUILLON", "shipping_methods", { status: "draft" })
        await createCode(admin, "TERMINE", "shipping_methods", {
          campaign: {
            name: "Terminée",
            campaign_identifier: "TERMINEE",
            starts_at: new Date(Date.now() - 10 * DAY_MS).toISOString(),
            ends_at: new Date(Date.now() - DAY_MS).toISOString(),
          },
        })
        // The demo seed schedules no campaign; the runner empties the tables after each test.
        await createCode(admin, "DEMAIN", "shipping_methods", {
          campaign: {
            name: "Demain",
            campaign_identifier: "DEMAIN",
            starts_at: new Date(Date.now() + DAY_MS).toISOString(),
            ends_at: new Date(Date.now() + 10 * DAY_MS).toISOString(),
          },
        })
        await createCode(admin, "DESACTIVE", "shipping_methods", { status: "inactive" })
      })

      it("names what a running code discounts, in the shopper's terms", async () => {
        const answers = await Promise.all(
          ["PORTOFFERT", "ARTICLES10", "COMMANDE10"].map(async (code) => (await api.get(`/store/promotion-codes/${code}`, store)).data)
        )
        expect(answers).toEqual([
          { promotion_code: { code: "PORTOFFERT", applies_to: "shipping" } },
          { promotion_code: { code: "ARTICLES10", applies_to: "items" } },
          { promotion_code: { code: "COMMANDE10", applies_to: "order" } },
        ])
      })

      it("answers 404 with only the reason for a code that is not running", async () => {
        const expected = {
          INCONNU: { reason: "unknown", message: "Promotion code INCONNU was not found" },
          BROUILLON: { reason: "unknown", message: "Promotion code BROUILLON was not found" },
          DEMAIN: { reason: "not_started", message: "Promotion code DEMAIN has not started yet" },
          TERMINE: { reason: "ended", message: "Promotion code TERMINE has ended" },
          DESACTIVE: { reason: "ended", message: "Promotion code DESACTIVE has ended" },
        }
        for (const [code, { reason, message }] of Object.entries(expected)) {
          const response = await api.get(`/store/promotion-codes/${code}`, { ...store, ...anyStatus })
          // toEqual on the whole body: nothing about the promotion (value, rules, budget) leaks.
          expect({ code, status: response.status, body: response.data }).toEqual({
            code,
            status: 404,
            body: { type: "not_found", message, reason },
          })
        }
      })

      it("refuses a malformed code with a 400 and a request without the publishable key", async () => {
        const malformed = await api.get(`/store/promotion-codes/${encodeURIComponent("PORT OFFERT!")}`, { ...store, ...anyStatus })
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toMatch(/letters, digits/)

        // Medusa's own publishable-key check, before the route (and its validation) runs.
        const anonymous = await api.get("/store/promotion-codes/PORTOFFERT", anyStatus)
        expect({ status: anonymous.status, body: anonymous.data }).toEqual({
          status: 400,
          body: {
            type: "not_allowed",
            message:
              "Publishable API key required in the request header: x-publishable-api-key. You can manage your keys in settings in the dashboard.",
          },
        })
      })

      it("is needed: the Store API drops a shipping-only code before the shipping method, and applies it after", async () => {
        const { regionId } = await storeHeaders(api)
        const variant = await variantBySku(getContainer(), "TASSE-BLEU")
        const { data: created } = await api.post(
          "/store/carts",
          {
            region_id: regionId,
            items: [{ variant_id: variant.id, quantity: 1 }],
            shipping_address: CHECKOUT_ADDRESS,
            metadata: { visit: "v1" },
          },
          store
        )
        const cartId = created.cart.id as string
        const codesOf = (cart: { promotions?: { code: string }[] }) => (cart.promotions ?? []).map((promotion) => promotion.code)

        const before = await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: ["PORTOFFERT"] }, store)
        expect(before.status).toBe(200)
        expect(codesOf(before.data.cart)).not.toContain("PORTOFFERT")

        // The storefront keeps it on the cart's metadata (storefront/src/lib/data/cart.ts), sending
        // only its own key: Medusa merges it into the visit's ids...
        const kept = await api.post(
          `/store/carts/${cartId}?fields=+metadata`,
          { metadata: { comptoir_deferred_shipping_code: "PORTOFFERT" } },
          store
        )
        expect(kept.data.cart.metadata).toEqual({ visit: "v1", comptoir_deferred_shipping_code: "PORTOFFERT" })

        // ...and sends it again once the visitor chose how to be delivered.
        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store)
        const paying = options.shipping_options.find((option: { amount: number }) => option.amount > 0)
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: paying.id }, store)
        const after = await api.post(
          `/store/carts/${cartId}/promotions?fields=*promotions,+shipping_total,+shipping_discount_total`,
          { promo_codes: ["PORTOFFERT"] },
          store
        )
        expect(codesOf(after.data.cart)).toContain("PORTOFFERT")
        expect(after.data.cart.shipping_total).toBe(0)
        expect(after.data.cart.shipping_discount_total).toBeCloseTo(paying.amount, 2)
      })

      it("keeps a metadata key written at the same time as the deferred code, and clears only the code", async () => {
        const { regionId } = await storeHeaders(api)
        const { data: created } = await api.post("/store/carts", { region_id: regionId, metadata: { visit: "v1" } }, store)
        const cartId = created.cart.id as string
        const metadataOf = async () => (await api.get(`/store/carts/${cartId}?fields=id,+metadata`, store)).data.cart.metadata

        // setDeferredShippingCode sends its key alone; the analytics ids may be written by another
        // request at the same moment. Medusa's updateCartWorkflow locks the cart and the cart
        // module merges metadata, so neither write loses the other's key (a replace would).
        for (let round = 1; round <= 5; round++) {
          const writes = await Promise.all([
            api.post(`/store/carts/${cartId}`, { metadata: { comptoir_deferred_shipping_code: `CODE${round}` } }, store),
            api.post(`/store/carts/${cartId}`, { metadata: { session: `s${round}` } }, store),
          ])
          expect(writes.map((write) => write.status)).toEqual([200, 200])
          expect(await metadataOf()).toEqual({ visit: "v1", session: `s${round}`, comptoir_deferred_shipping_code: `CODE${round}` })
        }

        // An empty string is how the storefront forgets the code: Medusa removes that key only.
        await api.post(`/store/carts/${cartId}`, { metadata: { comptoir_deferred_shipping_code: "" } }, store)
        expect(await metadataOf()).toEqual({ visit: "v1", session: "s5" })
      })
    })
  },
})
