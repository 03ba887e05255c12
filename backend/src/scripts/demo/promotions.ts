import { campaignWindow, type DemoPromotion, type DemoShop, type PromotionRule } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCampaignsWorkflow, createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** The attribute Medusa's promotion engine reads for each kind of rule (as in the admin's rule builder). */
const attributes: Record<PromotionRule["on"], string> = {
  product: "items.product.id",
  category: "items.product.categories.id",
  collection: "items.product.collection_id",
  type: "items.product.type_id",
  tag: "items.product.tags.id",
  customerGroup: "customer.groups.id",
  country: "shipping_address.country_code",
}

/** Ids by the names the demo uses, for each kind of rule (countries stay codes). */
export type RuleIds = Record<Exclude<PromotionRule["on"], "country">, ReadonlyMap<string, string>>

function toMedusaRules(rules: PromotionRule[], ids: RuleIds, code: string) {
  return rules.map((rule) => ({
    attribute: attributes[rule.on],
    operator: "in" as const,
    values: rule.in.map((name) => {
      if (rule.on === "country") return name
      const id = ids[rule.on].get(name)
      if (!id) throw new Error(`promotion ${code}: no ${rule.on} ${name}`)
      return id
    }),
  }))
}

function toPromotionInput(promotion: DemoPromotion, demo: DemoShop, ids: RuleIds, campaignIds: ReadonlyMap<string, string>) {
  const { discount } = promotion
  return {
    code: promotion.code,
    type: promotion.type,
    status: promotion.status,
    is_automatic: promotion.automatic,
    // Prices are TTC: a fixed 5 € off takes 5 € off the price the customer sees.
    is_tax_inclusive: true,
    limit: promotion.limit ?? null,
    campaign_id: promotion.campaign ? campaignIds.get(promotion.campaign) : undefined,
    metadata: { label: promotion.label },
    rules: toMedusaRules(promotion.rules, ids, promotion.code),
    application_method: {
      type: discount.type,
      target_type: discount.target,
      allocation: discount.allocation,
      value: discount.value,
      currency_code: demo.currencyCode,
      max_quantity: discount.maxQuantity,
      apply_to_quantity: promotion.applyToQuantity,
      buy_rules_min_quantity: promotion.buyMinQuantity,
      target_rules: toMedusaRules(promotion.targetRules, ids, promotion.code),
      buy_rules: toMedusaRules(promotion.buyRules, ids, promotion.code),
    },
  }
}

/**
 * Campaigns (by identifier, dated from `today`) and promotions (by code). A promotion that
 * exists is left as it is, even if a student changed it: `npm run reset` puts it back.
 */
export async function ensurePromotions(
  container: MedusaContainer,
  demo: DemoShop,
  ids: Omit<RuleIds, "product">,
  today: Date
) {
  const promotionModule = container.resolve(Modules.PROMOTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const campaignIds = new Map<string, string>(
    (
      await promotionModule.listCampaigns(
        { campaign_identifier: demo.campaigns.map((c) => c.identifier) },
        { select: ["id", "campaign_identifier"] }
      )
    ).map((campaign) => [campaign.campaign_identifier ?? "", campaign.id])
  )
  const missingCampaigns = demo.campaigns.filter((campaign) => !campaignIds.has(campaign.identifier))
  if (missingCampaigns.length > 0) {
    const { result } = await createCampaignsWorkflow(container).run({
      input: {
        campaignsData: missingCampaigns.map((campaign) => ({
          name: campaign.name,
          description: campaign.description,
          campaign_identifier: campaign.identifier,
          ...campaignWindow(campaign, today),
          budget: campaign.budget
            ? {
                type: campaign.budget.type,
                limit: campaign.budget.limit,
                currency_code: campaign.budget.type === "spend" ? demo.currencyCode : null,
              }
            : undefined,
        })),
      },
    })
    for (const campaign of result) campaignIds.set(campaign.campaign_identifier ?? "", campaign.id)
  }

  const existing = new Set(
    (await promotionModule.listPromotions({ code: demo.promotions.map((p) => p.code) }, { select: ["code"] })).map((p) => p.code)
  )
  const missing = demo.promotions.filter((promotion) => !existing.has(promotion.code))
  if (missing.length > 0) {
    const handles = missing
      .flatMap((promotion) => [...promotion.targetRules, ...promotion.buyRules, ...promotion.rules])
      .flatMap((rule) => (rule.on === "product" ? rule.in : []))
    const { data: products } = handles.length
      ? await query.graph({ entity: "product", fields: ["id", "handle"], filters: { handle: handles } })
      : { data: [] }
    const ruleIds: RuleIds = { ...ids, product: new Map(products.map((product) => [product.handle, product.id])) }
    await createPromotionsWorkflow(container).run({
      input: { promotionsData: missing.map((promotion) => toPromotionInput(promotion, demo, ruleIds, campaignIds)) },
    })
  }
  return { campaigns: missingCampaigns.length, promotions: missing.length }
}
