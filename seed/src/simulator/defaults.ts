/**
 * Every tunable number of the market simulator, in one place. Each model reads its figures here
 * (or from an override passed to simulateDay), so a teacher can make the market livelier or a
 * promotion more effective without reading the models.
 */
export const SIMULATOR_DEFAULTS = {
  /**
   * Visitors on an average day, before the weekday shape and noise.
   * @default 300
   */
  visitorsPerDay: 300,
  /** Day-to-day noise on the number of visitors (standard deviation, as a share). @default 0.08 */
  dailyNoise: 0.08,
  /** Traffic of each weekday relative to the average, Sunday first (e-commerce peaks Sunday evening and Monday). */
  weekdayShape: [1.12, 1.08, 0.98, 0.96, 0.95, 0.9, 1.01],
  /** Relative traffic of each hour of the day (Europe/Paris), midnight first: a lunch and an evening peak. */
  hourShape: [
    0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.3, 0.6, 0.85, 0.95, 1.0, 1.1,
    1.35, 1.3, 1.05, 1.0, 1.0, 1.1, 1.3, 1.55, 1.75, 1.6, 1.1, 0.6,
  ],
  /** Offset of the shop's local time from UTC, in hours (Paris in winter). @default 1 */
  utcOffsetHours: 1,
  /**
   * Share of each acquisition channel in a day's visitors (campaign e-mails come on top, see
   * campaignVisitorsShare). Organic search is then scaled by the catalogue's SEO quality.
   */
  channelMix: {
    organic_search: 0.34,
    direct: 0.22,
    organic_social: 0.1,
    paid_search: 0.1,
    paid_social: 0.06,
    referral: 0.08,
    email: 0.04,
  },
  /**
   * Organic search volume = its channelMix share × (seoFloor + seoGain × mean SEO quality):
   * a catalogue with no SEO work gets seoFloor of its potential, a perfect one seoFloor + seoGain.
   */
  seoFloor: 0.55,
  seoGain: 1.2,
  /** How sharply organic landings favour well-referenced products (weight = (0.15 + quality)^exponent). */
  seoLandingExponent: 2,
  /** Extra visitors a running campaign brings by e-mail, as a share of the day's visitors. @default 0.06 */
  campaignVisitorsShare: 0.06,
  /** Device mix of visitors. */
  deviceMix: { mobile: 0.58, desktop: 0.36, tablet: 0.06 },
  /** Share of visitors who come back with the same visitor id (returning visitors). @default 0.22 */
  returningShare: 0.22,
  /** Pages seen after landing: geometric, with this probability of seeing one more. @default 0.62 */
  continueProbability: 0.62,
  /** Most pages in one visit. @default 14 */
  maxPages: 14,
  /** Share of navigation steps that are a search (the rest: lists and products). @default 0.12 */
  searchShare: 0.12,
  /** Share of searches for something the shop does not sell (no result). @default 0.2 */
  noResultSearchShare: 0.2,
  /** Probability that a product view leads to "add to cart", for an average product. @default 0.09 */
  addToCartBase: 0.09,
  /** Probability of viewing the cart once something is in it. @default 0.75 */
  cartViewProbability: 0.75,
  /** Probability of starting the checkout from a viewed cart. @default 0.55 */
  checkoutStartBase: 0.55,
  /** Probability of completing each checkout step (email, address, shipping, payment). @default 0.9 */
  checkoutStepProbability: 0.9,
  /** Probability of placing the order at the review step. @default 0.88 */
  orderBase: 0.88,
  /** Price elasticity: the add-to-cart probability is × (reference price / price)^elasticity. @default 0.45 */
  priceElasticity: 0.45,
  /** Price the elasticity is measured against, in euros TTC. @default 30 */
  referencePrice: 30,
  /** A description shorter than this (characters) counts as thin. @default 160 */
  thinDescriptionLength: 160,
  /** Add-to-cart probability factor for a product with a thin description. @default 0.6 */
  thinDescriptionFactor: 0.6,
  /** Add-to-cart factor per share of the product's variants out of stock (all out: cannot buy). @default 0.5 */
  outOfStockPenalty: 0.5,
  /**
   * Conversion lift per point of discount rate: a 10 % promotion multiplies the add-to-cart and
   * order probabilities by 1 + 0.1 × promotionSensitivity. @default 2.5
   */
  promotionSensitivity: 2.5,
  /** Highest discount rate the lift takes into account (beyond, visitors are no more eager). @default 0.3 */
  promotionRateCap: 0.3,
  /** Share of buyers who type a public promotion code they know of. @default 0.18 */
  codeUseShare: 0.18,
  /** Share of buyers arriving from a campaign e-mail who use the campaign's code. @default 0.7 */
  campaignCodeUseShare: 0.7,
  /** Average basket used to turn a fixed discount into a rate, in euros. @default 45 */
  averageBasket: 45,
  /** Quantity of a cart line: 1, sometimes 2 or 3. */
  quantityWeights: [0.8, 0.15, 0.05],
  /** Seconds a visitor spends on a page: uniform between these bounds. */
  secondsPerPage: [12, 95] as const,
} as const

export type SimulatorSettings = {
  -readonly [K in keyof typeof SIMULATOR_DEFAULTS]: (typeof SIMULATOR_DEFAULTS)[K] extends readonly number[]
    ? readonly number[]
    : (typeof SIMULATOR_DEFAULTS)[K] extends Record<string, number>
      ? Record<keyof (typeof SIMULATOR_DEFAULTS)[K], number>
      : number
}

export function simulatorSettings(overrides: Partial<SimulatorSettings> = {}): SimulatorSettings {
  return { ...SIMULATOR_DEFAULTS, ...overrides } as SimulatorSettings
}
