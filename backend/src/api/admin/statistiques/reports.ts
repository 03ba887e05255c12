import {
  getAcquisition, getConversion, getOverview, getProducts, getPromotions, getSeoTraffic, getTraffic,
  type QueryFn, type ReportFilter, type ReportId, type ReportResults,
} from "@comptoir/analytics"

/** What a report may need beyond the event tables (read through the modules that own it). */
export interface ReportContext {
  /** Score of the latest finished SEO audit (module `seo-audit`), null before the first one. */
  latestAuditScore: () => Promise<number | null>
}

type Runner<Id extends ReportId> = (query: QueryFn, filter: ReportFilter, context: ReportContext) => Promise<ReportResults[Id]>

/** Route segment → report query (analytics package). */
export const REPORTS: { [Id in ReportId]: Runner<Id> } = {
  overview: getOverview,
  traffic: getTraffic,
  acquisition: getAcquisition,
  conversion: getConversion,
  products: getProducts,
  promotions: getPromotions,
  referencement: async (query, filter, context) =>
    getSeoTraffic(query, filter, { auditScore: await context.latestAuditScore() }),
}

export function isReportId(value: string): value is ReportId {
  return Object.prototype.hasOwnProperty.call(REPORTS, value)
}

interface KnexLike {
  transaction<T>(work: (trx: { raw(sql: string, bindings: unknown[]): Promise<{ rows: Record<string, unknown>[] }> }) => Promise<T>): Promise<T>
}

/**
 * The reports' query function on Medusa's knex connection. knex binds `?`, the reports write
 * `$1`: each `$n` becomes a `?` with its value in order (the report SQL never uses `?`). Every
 * statement runs with JIT off: on these analytic queries Postgres spends seconds compiling
 * (measured: 7 s of JIT for a 5 ms rollup refresh) for no gain; SET LOCAL keeps the setting
 * inside the statement's transaction, away from Medusa's pooled connections. A report may send
 * independent statements at once (traffic): each transaction takes its own pooled connection,
 * so Postgres runs them in parallel.
 */
export function knexQuery(knex: KnexLike): QueryFn {
  return async (sql, params) => {
    const bindings: unknown[] = []
    const text = sql.replace(/\$(\d+)/g, (_, digits: string) => {
      bindings.push(params[Number(digits) - 1])
      return "?"
    })
    return knex.transaction(async (trx) => {
      await trx.raw("SET LOCAL jit = off", [])
      const result = await trx.raw(text, bindings)
      return result.rows
    })
  }
}
