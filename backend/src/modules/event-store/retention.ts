import { EVENT_TABLE } from "./columns"

/**
 * How long analytics data lives (CNIL, audience measurement exempt from consent): raw events at
 * most 25 months, visitor ids at most 13 months. The config (ANALYTICS_RETENTION_MONTHS) may
 * shorten the first, never lengthen it.
 */
export const DEFAULT_RETENTION_MONTHS = 25

/** Rows deleted per statement: short transactions, so the ingest never waits long on a lock. */
export const DEFAULT_PURGE_BATCH_SIZE = 5_000

/**
 * The rollups of the "Statistiques" reports (Migration20261129120000, Migration20261129220000),
 * with the column that dates them: the visit's start, or the search event's time. They hold the
 * visitor's distinct_id or visit id: they go with the events they summarise.
 */
export const ROLLUP_DATES = {
  captured_session: "started_at",
  captured_session_page: "started_at",
  captured_session_product: "started_at",
  captured_search: "timestamp",
} as const

export const ROLLUP_TABLES = Object.keys(ROLLUP_DATES) as (keyof typeof ROLLUP_DATES)[]

/**
 * The instant before which data is expired: `months` calendar months before `now`, in UTC.
 * 31 March minus one month is the last day of February, not 3 March.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now.getTime())
  const day = cutoff.getUTCDate()
  cutoff.setUTCDate(1)
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months)
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate()
  cutoff.setUTCDate(Math.min(day, lastDay))
  return cutoff
}

/**
 * One batch of expired events, oldest first (the timestamp index gives them in order). Each
 * statement is its own short transaction; `ctid = ANY(ARRAY(…))` deletes by a TID scan of the rows found.
 */
export const PURGE_EVENTS_BATCH_SQL = `
DELETE FROM "${EVENT_TABLE}" WHERE ctid = ANY(ARRAY(
  SELECT ctid FROM "${EVENT_TABLE}" WHERE "timestamp" < ?::timestamptz ORDER BY "timestamp" LIMIT ?
))`

/** One batch of expired rollup rows of `table` (a name from ROLLUP_TABLES, never user input). */
export function purgeRollupBatchSql(table: (typeof ROLLUP_TABLES)[number]): string {
  return `DELETE FROM "${table}" WHERE ctid = ANY(ARRAY(SELECT ctid FROM "${table}" WHERE "${ROLLUP_DATES[table]}" < ?::timestamptz LIMIT ?))`
}

export interface PurgeResult {
  /** Everything dated before this instant was deleted. */
  cutoff: Date
  events: number
  /** Visit, page and product rollup rows. */
  rollupRows: number
}
