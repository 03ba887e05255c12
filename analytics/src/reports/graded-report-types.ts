import type { IndicatorDefinition } from '../indicators/types'
import type {
  AcquisitionReport, ConversionReport, MetricValue, OverviewReport, PromotionsReport, ReportPeriod, SeoReport,
} from './types'

// Rapport d'évaluation: the reports of one period gathered for a jury, with the definitions of
// its numbers. Every figure is the one the Statistiques pages show for the same filter.

export interface ShopIdentity {
  name: string
  /** The storefront's address, when the backend knows it. */
  url: string | null
  currency: string
}

/** A headline number with its comparison and the definition a jury reads beside it. */
export interface KeyIndicator extends MetricValue {
  definition: IndicatorDefinition
}

/** One SEO audit's score (0–100) and when it finished. */
export interface AuditScorePoint {
  at: string
  score: number
}

/** What one admin user changed during the period (from the activity log). */
export interface ActivityPersonSummary {
  actor_id: string
  name: string | null
  email: string | null
  total: number
  /** Changes per kind of thing changed (`product`, `promotion`…). */
  by_entity: Record<string, number>
  /** Changes per action (`created`, `updated`, `deleted`…). */
  by_action: Record<string, number>
}

export interface GradedReport {
  kind: 'graded_report'
  shop: ShopIdentity
  period: ReportPeriod
  comparison: ReportPeriod | null
  includeSimulated: boolean
  generatedAt: string
  indicators: KeyIndicator[]
  overview: OverviewReport
  acquisition: AcquisitionReport
  conversion: ConversionReport
  promotions: PromotionsReport
  referencement: SeoReport
  seo_audit: {
    /** Null until an SEO audit has finished. */
    latest_score: number | null
    /** Finished audits, oldest first. */
    history: AuditScorePoint[]
  }
  activity: {
    /** False when the shop keeps no activity log: the section says so instead of showing zeros. */
    available: boolean
    people: ActivityPersonSummary[]
  }
}

/** What the report needs besides the database: the backend reads it from Medusa and its modules. */
export interface GradedReportContext {
  shop: ShopIdentity
  /** Null or absent: no SEO audit module. */
  auditHistory?: AuditScorePoint[] | null
  /** Null or absent: no activity log module. */
  activity?: ActivityPersonSummary[] | null
}
