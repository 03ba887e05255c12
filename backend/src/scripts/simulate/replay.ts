import { simulator } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { comparePromotions, type PromotionComparison } from "./replay-report"
import { readShopContext, readShopSnapshot } from "./shop-snapshot"

export interface ReplayOptions {
  /** Codes of the promotions compared: A, then B. */
  codes: readonly [string, string]
  /** The replay covers the `days` shop-local days before today, as the history does. */
  days: number
  seed: number
  visitorsPerDay: number
  now: Date
}

/**
 * `npm run simulate -- --replay CODE_A,CODE_B --days 30`: the shop as it is now (catalogue,
 * prices, stock, promotions), replayed over the last days once per promotion. Reads Medusa,
 * writes nothing: no event, no order, no stock taken.
 */
export async function replayPromotionsOfShop(
  container: MedusaContainer,
  options: ReplayOptions
): Promise<{ comparison: PromotionComparison; currency: string }> {
  const shop = await readShopSnapshot(container, await readShopContext(container))
  const missing = options.codes.filter((code) => !shop.promotions.some((promotion) => promotion.code === code))
  if (missing.length > 0) {
    const known = shop.promotions.map((promotion) => promotion.code).join(", ") || "aucune"
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Promotion introuvable parmi les promotions actives de la boutique : ${missing.join(", ")}. ` +
        `Promotions que le rejeu peut comparer : ${known} (une promotion en brouillon, réservée à un groupe de clients ou « achetez X, obtenez Y » n'en fait pas partie).`
    )
  }
  const settings = simulator.simulatorSettings({ visitorsPerDay: options.visitorsPerDay })
  const today = simulator.dayOf(options.now, settings)
  const replay = simulator.replayPromotions({
    shop,
    settings,
    seed: options.seed,
    from: simulator.addDays(today, -options.days),
    days: options.days,
    promotions: options.codes,
  })
  return { comparison: comparePromotions(replay), currency: shop.currency }
}
