import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Narrow copies of what the overview, traffic and référencement reports read of the visit
 * rollup (analytics package, reports/rollup.ts), as covering indexes: those reports
 * scan 30 days of visits, twice with a comparison, and a visit row is wide (its links to the
 * visitor's previous visit, per key: reports/visitor-keys.ts), so the scans read several times
 * the bytes they use. An index-only scan reads only these columns, in started_at order, and
 * Postgres keeps them exact under every write of the refresh, late and duplicate events included.
 * The organic one holds only the visits from search engines' unpaid results (reports/seo.ts).
 *
 * Exact per-day counters were ruled out: a visitor counts in a period by its visit whose
 * previous one started before the period, and periods and buckets start at any instant (hours,
 * any time zone), so a count per day could not say which previous visits fall before them.
 */
export class Migration20261129230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_started_at_report" ON "captured_session" ("started_at")
      INCLUDE ("is_simulated", "pageviews", "interactions", "ended_at", "channel", "landing_page", "device_type", "browser", "os",
        "prev_visit_at", "prev_visit_real_at", "prev_device_at", "prev_device_real_at", "prev_browser_at", "prev_browser_real_at",
        "prev_os_at", "prev_os_real_at");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_started_at_organic" ON "captured_session" ("started_at")
      INCLUDE ("is_simulated", "session_id", "distinct_id", "landing_page", "referring_domain")
      WHERE "channel" = 'organic_search';`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_session_started_at_report";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_session_started_at_organic";`)
  }
}
