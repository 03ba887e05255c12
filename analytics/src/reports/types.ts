// Typed filter in, typed result out: the contract between the report queries (this folder), the
// admin API routes (backend) and the "Statistiques" pages of the admin.
//
// Units, everywhere in these results:
// - counts are integers;
// - rates are ratios between 0 and 1 (0.25 = 25 %), null when the denominator is 0 (a rate of
//   "nothing out of nothing" is not 0 %): format them with Intl.NumberFormat('fr-FR', { style: 'percent' });
// - amounts are in the currency's main unit (euros, not cents), as Medusa v2 stores them;
// - durations are in seconds.

/** Half-open period [from, to): `from` included, `to` excluded. ISO 8601 date-times. */
export interface ReportPeriod {
  from: string
  to: string
}

export type Granularity = 'hour' | 'day' | 'week'

export const GRANULARITIES: readonly Granularity[] = ['hour', 'day', 'week']

export interface ReportFilter {
  period: ReportPeriod
  /**
   * The period the figures are compared with; `null` for no comparison. The API defaults to the
   * previous period of the same length (see previousPeriod).
   */
  comparison: ReportPeriod | null
  /** Traffic sent by the market simulator (and the orders of its sessions) counted in or not. */
  includeSimulated: boolean
  /** Bucket size of time series. */
  granularity: Granularity
  /** Time zone the buckets (days, weeks) are cut in. Defaults to Europe/Paris. */
  timeZone?: string
  /** Maximum rows of each ranked table (top pages, referring sites…). Defaults to 20. */
  limit?: number
}

/**
 * The only thing the reports need from a database: run a SQL text with positional parameters
 * ($1, $2…) and return the rows. The backend passes Medusa's knex connection; tests pass pg.
 */
export type QueryFn = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>

/** One number of the dashboard, with its value over the comparison period. */
export interface MetricValue {
  /** Indicator id (see indicators.ts): label, explanation and unit come from there. */
  id: string
  value: number | null
  /** Value over the comparison period; null without comparison. */
  previous: number | null
  /** Relative change (value − previous) ÷ previous, as a ratio; null when previous is 0 or null. */
  change: number | null
}

/** A point of a time series; `bucket` is the ISO date-time the bucket starts at. */
export interface TrendPoint {
  bucket: string
  value: number | null
}

export interface ReportMeta {
  filter: ReportFilter
  /** Currency of every amount of the report (ISO 4217, lower case as Medusa stores it). */
  currency: string
  generatedAt: string
}

// ---------------------------------------------------------------------------------------------
// Vue d'ensemble

export type OverviewMetricId =
  | 'visitors'
  | 'sessions'
  | 'pageviews'
  | 'bounce_rate'
  | 'avg_session_duration'
  | 'orders'
  | 'revenue'
  | 'conversion_rate'
  | 'average_basket'

export interface OverviewMetric extends MetricValue {
  id: OverviewMetricId
  /** The metric per bucket of the period (granularity of the filter): the small trend chart. */
  trend: TrendPoint[]
}

export interface OverviewReport extends ReportMeta {
  metrics: OverviewMetric[]
}

// ---------------------------------------------------------------------------------------------
// Trafic

export interface TrafficPoint {
  bucket: string
  visitors: number
  sessions: number
  pageviews: number
}

export interface PageRow {
  pathname: string
  pageviews: number
  visitors: number
}

export interface EntryPageRow {
  pathname: string
  /** Sessions that started on this page. */
  sessions: number
  bounce_rate: number | null
}

/** A share of sessions by one dimension (device type, browser, OS…). */
export interface BreakdownRow {
  /** Stored value (`mobile`, `Firefox`…); `unknown` when the event did not say. */
  key: string
  sessions: number
  visitors: number
  /** sessions ÷ all sessions of the period. */
  share: number | null
}

export interface TrafficReport extends ReportMeta {
  series: TrafficPoint[]
  top_pages: PageRow[]
  entry_pages: EntryPageRow[]
  devices: BreakdownRow[]
  browsers: BreakdownRow[]
  os: BreakdownRow[]
}

// ---------------------------------------------------------------------------------------------
// Acquisition

/** Sessions of one source and what they bought (orders attributed to the session). */
export interface AcquisitionRow {
  key: string
  /** French label when the key is a code (channels); otherwise the key itself. */
  label: string
  sessions: number
  visitors: number
  orders: number
  conversion_rate: number | null
  revenue: number
}

export interface AcquisitionReport extends ReportMeta {
  channels: AcquisitionRow[]
  referring_sites: AcquisitionRow[]
  utm_sources: AcquisitionRow[]
  utm_mediums: AcquisitionRow[]
  utm_campaigns: AcquisitionRow[]
  landing_pages: AcquisitionRow[]
}

// ---------------------------------------------------------------------------------------------
// Conversion

export type FunnelStepId = 'sessions' | 'product_viewed' | 'added_to_cart' | 'checkout_started' | 'order_placed'

export interface FunnelStep {
  id: FunnelStepId
  label_fr: string
  /** Sessions that reached this step (and every step before, in any order within the session). */
  sessions: number
  /** sessions ÷ sessions of the first step. */
  rate_from_start: number | null
  /** 1 − sessions ÷ sessions of the previous step; null for the first step. */
  drop_off: number | null
}

export interface ConversionBreakdownRow {
  key: string
  label: string
  sessions: number
  orders: number
  conversion_rate: number | null
}

export interface ConversionReport extends ReportMeta {
  funnel: FunnelStep[]
  /** Sessions with an add to cart but no order ÷ sessions with an add to cart. */
  cart_abandonment_rate: MetricValue
  conversion_rate: MetricValue
  by_device: ConversionBreakdownRow[]
  by_channel: ConversionBreakdownRow[]
}

// ---------------------------------------------------------------------------------------------
// Produits

export interface ProductRow {
  product_id: string
  title: string
  views: number
  add_to_carts: number
  /** Sessions that added it to the cart ÷ sessions that viewed it. */
  add_to_cart_rate: number | null
  /** From Medusa's orders. */
  units_sold: number
  revenue: number
}

export interface SearchTermRow {
  term: string
  searches: number
  /** Average number of results shown. */
  avg_results: number | null
}

export interface ProductsReport extends ReportMeta {
  products: ProductRow[]
  search_terms: SearchTermRow[]
  zero_result_terms: SearchTermRow[]
}

// ---------------------------------------------------------------------------------------------
// Promotions

export interface PromotionRow {
  promotion_id: string
  /** Medusa's promotion code (automatic promotions have one too: their name in the admin). */
  code: string | null
  /** Applied without the customer typing the code. */
  automatic: boolean
  campaign_id: string | null
  campaign_name: string | null
  /** Orders of the period the promotion was applied to. */
  orders: number
  /** Medusa's own usage counter of the promotion, since its creation (not limited to the period). */
  uses: number
  revenue: number
  discount: number
  average_basket: number | null
  /** orders ÷ all orders of the period. */
  share_of_orders: number | null
  budget_type: 'spend' | 'usage' | null
  budget_limit: number | null
  budget_used: number | null
  /** budget_used ÷ budget_limit; null without a limit. */
  budget_consumed: number | null
}

export interface CampaignRow {
  campaign_id: string
  campaign_name: string
  orders: number
  revenue: number
  discount: number
  share_of_orders: number | null
  budget_type: 'spend' | 'usage' | null
  budget_limit: number | null
  budget_used: number | null
  budget_consumed: number | null
}

export interface PromotionsReport extends ReportMeta {
  promotions: PromotionRow[]
  campaigns: CampaignRow[]
  orders_with_promotion: MetricValue
  average_basket_with_promotion: MetricValue
  average_basket_without_promotion: MetricValue
  discount_total: MetricValue
}

// ---------------------------------------------------------------------------------------------
// Référencement

export interface SeoLandingRow {
  pathname: string
  sessions: number
  orders: number
  revenue: number
}

export interface SeoReport extends ReportMeta {
  organic_sessions: MetricValue
  organic_share: MetricValue
  /** Organic sessions per bucket. */
  trend: TrendPoint[]
  /** Organic share per bucket. */
  share_trend: TrendPoint[]
  landing_pages: SeoLandingRow[]
  search_engines: BreakdownRow[]
  /** Latest site-audit score (0–100); null until the SEO audit exists or has run. */
  audit_score: number | null
}

export type ReportId = 'overview' | 'traffic' | 'acquisition' | 'conversion' | 'products' | 'promotions' | 'referencement'

export interface ReportResults {
  overview: OverviewReport
  traffic: TrafficReport
  acquisition: AcquisitionReport
  conversion: ConversionReport
  products: ProductsReport
  promotions: PromotionsReport
  referencement: SeoReport
}
