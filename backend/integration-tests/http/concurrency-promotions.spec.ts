import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import { returnPromotionUsageWorkflow } from "../../src/workflows/return-promotion-usage"
import {
  adminHeaders,
  CHECKOUT_TEST_TIMEOUT,
  completeAtOnce,
  readyCart,
  readyCarts,
  storeHeaders,
  variantBySku,
  type Completion,
} from "./concurrency-helpers"

function expectPromotionRefusals(losers: Completion[]) {
  for (const loser of losers) {
    expect(loser.status, `${loser.status} ${loser.message}`).toBeGreaterThanOrEqual(400)
    expect(loser.status, `${loser.status} ${loser.message}`).toBeLessThan(500)
    expect(loser.message).toMatch(/promotion/i)
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    async function promotion(code: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "promotion",
        fields: ["id", "used", "limit", "campaign.budget.used", "campaign.budget.limit"],
        filters: { code },
      })
      return data[0] as { id: string; used: number; limit: number | null; campaign?: { budget?: { used: number; limit: number } } }
    }

    /** Cups and notebooks in turn: the checkouts only share the promotion, not one stock. */
    async function cartsWithCode(count: number, code: string): Promise<string[]> {
      const { store, regionId } = await storeHeaders(api)
      const container = getContainer()
      const variants = [await variantBySku(container, "TASSE-BLEU"), await variantBySku(container, "CARNET-A5")]
      let built = 0
      return readyCarts(count, () => readyCart(api, store, regionId, [{ variant_id: variants[built++ % 2]!.id, quantity: 1 }], code))
    }

    async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
      const deadline = Date.now() + 30_000
      let value = await read()
      while (!done(value) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        value = await read()
      }
      return value
    }

    describe("concurrent checkouts with a limited promotion", () => {
      beforeEach(async () => {
        await bootstrap({ container: getContainer(), args: [] } as any)
      })

      it("use a promotion limited to 3 exactly 3 times out of 15 simultaneous checkouts, and give a use back once on cancellation", async () => {
        const admin = await adminHeaders(api)
        await api.post(
          "/admin/promotions",
          {
            code: "TROISFOIS",
            type: "standard",
            status: "active",
            limit: 3,
            application_method: { type: "fixed", target_type: "order", allocation: "across", value: 2, currency_code: "eur" },
          },
          admin
        )
        const { store } = await storeHeaders(api)
        const cartIds = await cartsWithCode(15, "TROISFOIS")

        const answers = await completeAtOnce(api, store, cartIds)
        const winners = answers.filter((answer) => answer.orderId)
        expect(winners).toHaveLength(3)
        expectPromotionRefusals(answers.filter((answer) => !answer.orderId))
        expect((await promotion("TROISFOIS")).used).toBe(3)

        // A canceled order gives its use back; a second delivery of the event gives nothing more.
        await api.post(`/admin/orders/${winners[0]!.orderId}/cancel`, {}, admin)
        expect((await waitFor(() => promotion("TROISFOIS"), (p) => p.used === 2)).used).toBe(2)
        await returnPromotionUsageWorkflow(getContainer()).run({ input: { order_id: winners[0]!.orderId! } })
        expect((await promotion("TROISFOIS")).used).toBe(2)

        // The use given back serves one more visitor, and only one.
        const again = await completeAtOnce(api, store, await cartsWithCode(3, "TROISFOIS"))
        expect(again.filter((answer) => answer.orderId)).toHaveLength(1)
        expect((await promotion("TROISFOIS")).used).toBe(3)
      }, CHECKOUT_TEST_TIMEOUT)

      it("never spend more than a campaign's budget, whatever the number of simultaneous checkouts", async () => {
        const admin = await adminHeaders(api)
        const { data: created } = await api.post(
          "/admin/campaigns",
          { name: "Soldes d'hiver", campaign_identifier: "SOLDES-HIVER", budget: { type: "spend", limit: 10, currency_code: "eur" } },
          admin
        )
        await api.post(
          "/admin/promotions",
          {
            code: "SOLDES4",
            type: "standard",
            status: "active",
            campaign_id: created.campaign.id,
            application_method: { type: "fixed", target_type: "order", allocation: "across", value: 4, currency_code: "eur" },
          },
          admin
        )
        const { store } = await storeHeaders(api)
        const answers = await completeAtOnce(api, store, await cartsWithCode(10, "SOLDES4"))

        // 4 € a use against 10 €: two orders fit, a third would overspend.
        expect(answers.filter((answer) => answer.orderId)).toHaveLength(2)
        expectPromotionRefusals(answers.filter((answer) => !answer.orderId))
        const budget = (await promotion("SOLDES4")).campaign!.budget!
        expect(Number(budget.used)).toBeLessThanOrEqual(10)
        expect(Number(budget.used)).toBeCloseTo(8, 2)
      }, CHECKOUT_TEST_TIMEOUT)
    })
  },
})
