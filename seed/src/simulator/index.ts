/**
 * The market simulator's models: pure functions of the shop, the date and a seed. The backend
 * (backend/src/scripts/simulate) reads the shop from Medusa, plans each day's visits with these
 * models, then sends their events through the ingest and places their orders through Medusa.
 */
export { SIMULATOR_DEFAULTS, simulatorSettings, type SimulatorSettings } from "./defaults"
export { Random } from "./random"
export { acquisitionFor, deviceFor, type Acquisition, type ChannelId, type DeviceProfile, type DeviceType } from "./acquisition"
export {
  activePromotions,
  addToCartProbability,
  canonicalShop,
  discountRate,
  displayPrice,
  isRunning,
  promotionLift,
  seoFieldsOf,
  seoQuality,
  type ShopSnapshot,
  type SimCampaign,
  type SimProduct,
  type SimPromotion,
  type SimVariant,
} from "./shop"
export { MarketState } from "./market-state"
export { CHECKOUT_STEPS, planVisit, type CartLine, type CheckoutStep, type VisitOutcome, type VisitPlan, type VisitStep } from "./visit"
export { addDays, channelVolumes, dayOf, dayStart, simulateDay, summariseVisits } from "./market"
export { demoShopSnapshot } from "./demo-snapshot"
export { parseDuration, parseRate, planLiveVisit, RateSchedule } from "./live"
export { orderTotals, replayPromotions, type PromotionReplay, type ReplayInput, type ReplayScenario } from "./replay"
