import { PromotionStatus } from "@medusajs/framework/utils"
import { PROMOTION_TARGETS, type PromotionCodeTarget, type PromotionCodeUnavailableReason } from "./validators"

/** The promotion fields the availability needs (query.graph on `promotion`). */
export const PROMOTION_AVAILABILITY_FIELDS = [
  "code",
  "status",
  "application_method.target_type",
  "campaign.starts_at",
  "campaign.ends_at",
]

export type PromotionAvailabilityRow = {
  code: string | null
  status: string
  application_method?: { target_type?: string | null } | null
  campaign?: { starts_at?: Date | string | null; ends_at?: Date | string | null } | null
}

export type PromotionCodeAvailability =
  | { available: true; code: string; appliesTo: PromotionCodeTarget }
  | { available: false; reason: PromotionCodeUnavailableReason }

/**
 * Whether a shopper may use the promotion now, and if not why. A draft is reported as
 * unknown: its code is not public yet. A deactivated promotion has ended for the shopper.
 * The status comes before the dates: an admin's switch wins over the calendar.
 */
export function promotionCodeAvailability(promotion: PromotionAvailabilityRow | undefined, now: Date): PromotionCodeAvailability {
  if (!promotion?.code || promotion.status === PromotionStatus.DRAFT) return { available: false, reason: "unknown" }
  if (promotion.status !== PromotionStatus.ACTIVE) return { available: false, reason: "ended" }
  const startsAt = promotion.campaign?.starts_at ? new Date(promotion.campaign.starts_at) : null
  const endsAt = promotion.campaign?.ends_at ? new Date(promotion.campaign.ends_at) : null
  if (endsAt && endsAt <= now) return { available: false, reason: "ended" }
  if (startsAt && startsAt > now) return { available: false, reason: "not_started" }
  const target = promotion.application_method?.target_type
  const appliesTo = target ? PROMOTION_TARGETS[target as keyof typeof PROMOTION_TARGETS] : undefined
  // A target this API does not name (a future Medusa one) is not offered to the storefront.
  if (!appliesTo) return { available: false, reason: "unknown" }
  return { available: true, code: promotion.code, appliesTo }
}
