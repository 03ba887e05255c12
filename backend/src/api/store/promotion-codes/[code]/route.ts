import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROMOTION_AVAILABILITY_FIELDS, type PromotionAvailabilityRow, promotionCodeAvailability } from "../availability"
import type { PromotionCodeNotFoundResponse, PromotionCodeParams, PromotionCodeResponse } from "../validators"

const NOT_FOUND_MESSAGES: Record<PromotionCodeNotFoundResponse["reason"], (code: string) => string> = {
  unknown: (code) => `Promotion code ${code} was not found`,
  not_started: (code) => `Promotion code ${code} has not started yet`,
  ended: (code) => `Promotion code ${code} has ended`,
}

/**
 * What a running promotion code discounts. The Store API only reveals a promotion once it
 * gives an adjustment, and Medusa drops a shipping-only code entered before the cart has a
 * shipping method: the storefront asks here whether to keep the code for after that step.
 * Only the target is disclosed, never the value, rules or budget (publishable key required,
 * as on every /store route); a code that is not running answers 404 with the reason only.
 * The code was validated by `promotionCodeMiddlewares` (../middlewares.ts).
 */
export async function GET(
  req: MedusaRequest,
  res: MedusaResponse<PromotionCodeResponse | PromotionCodeNotFoundResponse>
) {
  const { code } = req.params as PromotionCodeParams
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The same exact-code match as the cart's promotion step (updateCartPromotionsWorkflow).
  const { data } = await query.graph({ entity: "promotion", fields: PROMOTION_AVAILABILITY_FIELDS, filters: { code } })
  const availability = promotionCodeAvailability((data as PromotionAvailabilityRow[])[0], new Date())
  if (!availability.available) {
    // Written here rather than thrown: Medusa's error handler would drop the `reason`.
    res.status(404).json({ type: "not_found", message: NOT_FOUND_MESSAGES[availability.reason](code), reason: availability.reason })
    return
  }
  res.json({ promotion_code: { code: availability.code, applies_to: availability.appliesTo } })
}
