import type { IPromotionModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { UsageToReturn } from "../checkout/promotion-usage"

/** Gives back the uses (and spent budget) of a canceled order; undone by counting them again. */
export const returnPromotionUsageStep = createStep(
  "comptoir-return-promotion-usage",
  async (usage: UsageToReturn | null, { container }) => {
    if (!usage) return new StepResponse(false, null)
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    await promotions.revertUsage(usage.computedActions, usage.registrationContext)
    return new StepResponse(true, usage)
  },
  async (usage, { container }) => {
    if (!usage) return
    const promotions = container.resolve<IPromotionModuleService>(Modules.PROMOTION)
    await promotions.registerUsage(usage.computedActions, usage.registrationContext)
  }
)
