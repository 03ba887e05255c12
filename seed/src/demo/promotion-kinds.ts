import type { DemoCampaign, DemoPromotion } from "./schema"

const DAY_MS = 24 * 60 * 60 * 1000

/** A campaign's dates for a shop seeded on `today`: midnight UTC, `startsInDays`/`endsInDays` days away. */
export function campaignWindow(campaign: DemoCampaign, today: Date): { starts_at: Date | null; ends_at: Date | null } {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  const at = (days: number | undefined) => (days === undefined ? null : new Date(midnight + days * DAY_MS))
  return { starts_at: at(campaign.startsInDays), ends_at: at(campaign.endsInDays) }
}

export const promotionKinds = [
  "percentage-code",
  "fixed-code",
  "automatic",
  "buy-get",
  "free-shipping",
  "customer-group",
  "spend-budget-campaign",
  "usage-budget-campaign",
  "expired",
  "scheduled",
  "usage-limit",
  "draft",
] as const

export type PromotionKind = (typeof promotionKinds)[number]

/**
 * The kinds a promotion illustrates, in the vocabulary of the issue and the admin: tests use it
 * to prove the demo covers every kind, the simulator can use it to pick promotions to react to.
 */
export function kindsOf(promotion: DemoPromotion, campaigns: DemoCampaign[]): PromotionKind[] {
  const kinds: PromotionKind[] = []
  const campaign = campaigns.find((candidate) => candidate.identifier === promotion.campaign)
  if (promotion.automatic) kinds.push("automatic")
  else if (promotion.discount.type === "percentage") kinds.push("percentage-code")
  else kinds.push("fixed-code")
  if (promotion.type === "buyget") kinds.push("buy-get")
  if (promotion.discount.target === "shipping_methods" && promotion.discount.type === "percentage" && promotion.discount.value === 100) {
    kinds.push("free-shipping")
  }
  if (promotion.rules.some((rule) => rule.on === "customerGroup")) kinds.push("customer-group")
  if (campaign?.budget?.type === "spend") kinds.push("spend-budget-campaign")
  if (campaign?.budget?.type === "usage") kinds.push("usage-budget-campaign")
  if (campaign?.endsInDays !== undefined && campaign.endsInDays < 0) kinds.push("expired")
  if (campaign?.startsInDays !== undefined && campaign.startsInDays > 0) kinds.push("scheduled")
  if (promotion.limit !== undefined) kinds.push("usage-limit")
  if (promotion.status === "draft") kinds.push("draft")
  return kinds
}
