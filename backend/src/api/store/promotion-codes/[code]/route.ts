import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, PromotionStatus } from "@medusajs/framework/utils"
import { PROMOTION_TARGETS, type PromotionCodeResponse, promotionCodeParams } from "../validators"

type PromotionRow = {
  code: string | null
  status: string
  application_method?: { target_type?: string | null } | null
  campaign?: { starts_at?: Date | string | null; ends_at?: Date | string | null } | null
}

/** A draft, inactive, not yet started or ended code is, for a shopper, no code at all. */
function isRunning(promotion: PromotionRow, now: Date): boolean {
  if (promotion.status !== PromotionStatus.ACTIVE) return false
  const startsAt = promotion.campaign?.starts_at ? new Date(promotion.campaign.starts_at) : null
  const endsAt = promotion.campaign?.ends_at ? new Date(promotion.campaign.ends_at) : null
  return (!startsAt || startsAt <= now) && (!endsAt || endsAt > now)
}

/**
 * What a running promotion code discounts. The Store API only reveals a promotion once it
 * gives an adjustment, and Medusa drops a shipping-only code entered before the cart has a
 * shipping method: the storefront asks here whether to keep the code for after that step.
 * Only the target is disclosed, never the value, rules or budget (publishable key required,
 * as on every /store route).
 */
export async function GET(req: MedusaRequest, res: MedusaResponse<PromotionCodeResponse>) {
  const parsed = promotionCodeParams.safeParse(req.params)
  if (!parsed.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join("; "))
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The same exact-code match as the cart's promotion step (updateCartPromotionsWorkflow).
  const { data } = await query.graph({
    entity: "promotion",
    fields: ["code", "status", "application_method.target_type", "campaign.starts_at", "campaign.ends_at"],
    filters: { code: parsed.data.code },
  })
  const promotion = (data as PromotionRow[]).find((row) => isRunning(row, new Date()))
  const target = promotion?.application_method?.target_type
  const appliesTo = target ? PROMOTION_TARGETS[target as keyof typeof PROMOTION_TARGETS] : undefined
  if (!promotion?.code || !appliesTo) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Promotion code ${parsed.data.code} was not found or is not active`)
  }
  res.json({ promotion_code: { code: promotion.code, applies_to: appliesTo } })
}
