import type { ProportionDifference } from '../stats/proportions'
import type { PromotionRow, ReportPeriod } from './types'

// Promotion comparison: each promotion or campaign over its own run period, side by side.
// Units as in types.ts (ratios 0–1, amounts in euros).

export type ComparableKind = 'promotion' | 'campaign'

/** A promotion or a campaign the comparison can take, with the period it ran. */
export interface ComparableItem {
  kind: ComparableKind
  id: string
  /** The promotion's code, or the campaign's name. */
  label: string
  /** Applied to every cart without a code (a campaign: all its promotions are). */
  automatic: boolean
  campaign_id: string | null
  campaign_name: string | null
  /**
   * [start, end): the campaign's dates when it has them, otherwise from the promotion's (or
   * campaign's) creation; until now while it still runs. At most MAX_RUN_DAYS long (the last days).
   */
  run: ReportPeriod
  ongoing: boolean
}

/** The whole shop over a window: what a promotion is meant to move. */
export interface ShopWindow {
  period: ReportPeriod
  sessions: number
  visitors: number
  /** Visits with at least one order. */
  converted_sessions: number
  conversion_rate: number | null
  orders: number
  revenue: number
  /** revenue ÷ visitors. */
  revenue_per_visitor: number | null
}

export interface PromotionLift {
  /** (during − before) ÷ before, null when there was nothing before. */
  orders: number | null
  revenue: number | null
  revenue_per_visitor: number | null
  /** Shop conversion during minus before, with its 95 % interval: the promotion's part or chance. */
  conversion: ProportionDifference
}

export interface PromotionComparisonRow extends Pick<PromotionRow, 'budget_type' | 'budget_limit' | 'budget_used' | 'budget_consumed'> {
  item: ComparableItem
  /** Medusa's usage counter (a campaign: the sum of its promotions'), all periods. */
  uses: number
  /** Orders of the run period the promotion (one of the campaign's) was applied to. */
  orders: number
  revenue: number
  discount: number
  average_basket: number | null
  /** Visits of the run that saw the promotion (code applied to the cart; every visit for an automatic one) or used it. */
  exposed_sessions: number
  /** Exposed visits with an order using the promotion. */
  converted_sessions: number
  /** converted_sessions ÷ exposed_sessions. */
  conversion_rate: number | null
  /** The shop's revenue during the run ÷ its visitors. */
  revenue_per_visitor: number | null
  during: ShopWindow
  /** The same length of time just before the run started. */
  before: ShopWindow
  lift: PromotionLift
}

/** One row's conversion against the first row's (the reference). */
export interface ConversionDifference {
  reference_id: string
  other_id: string
  /** reference conversion − other conversion, with its interval. */
  difference: ProportionDifference
}

export interface PromotionComparison {
  includeSimulated: boolean
  currency: string
  generatedAt: string
  rows: PromotionComparisonRow[]
  differences: ConversionDifference[]
}
