import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const VISITOR_KEYS = [
  "visit", "device", "browser", "os", "channel", "referring_domain", "utm_source", "utm_medium", "utm_campaign", "landing_page",
]

/**
 * Distinct visitors of the "Statistiques" reports as a filtered count (analytics package,
 * reports/visitor-keys.ts): every visit row keeps when the same visitor's previous visit started,
 * per key the reports count visitors by (overall, device, browser, system, source, landing page)
 * and per page, among all visits and among real ones. Existing rollup rows have none of it: they
 * are emptied and the watermark reset, so the next report rebuilds them whole (they are derived
 * data, see Migration20261129120000).
 */
export class Migration20261129180000 extends Migration {
  override async up(): Promise<void> {
    const columns = VISITOR_KEYS.flatMap((key) => [`prev_${key}_at`, `prev_${key}_real_at`])
    this.addSql(`ALTER TABLE "captured_session" ${columns.map((column) => `ADD COLUMN IF NOT EXISTS "${column}" timestamptz`).join(", ")};`)
    this.addSql(`ALTER TABLE "captured_session_page" ADD COLUMN IF NOT EXISTS "prev_page_at" timestamptz, ADD COLUMN IF NOT EXISTS "prev_page_real_at" timestamptz;`)
    // A refresh re-reads the other visits of the visitors it touched.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_distinct_id" ON "captured_session" ("distinct_id");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_page_distinct_id" ON "captured_session_page" ("distinct_id");`)
    this.addSql(`TRUNCATE "captured_session", "captured_session_page", "captured_session_product";`)
    this.addSql(`UPDATE "captured_rollup_state" SET "watermark" = '-infinity' WHERE "id" = 1;`)
  }

  override async down(): Promise<void> {
    const columns = VISITOR_KEYS.flatMap((key) => [`prev_${key}_at`, `prev_${key}_real_at`])
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_session_page_distinct_id";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_session_distinct_id";`)
    this.addSql(`ALTER TABLE "captured_session_page" DROP COLUMN IF EXISTS "prev_page_at", DROP COLUMN IF EXISTS "prev_page_real_at";`)
    this.addSql(`ALTER TABLE "captured_session" ${columns.map((column) => `DROP COLUMN IF EXISTS "${column}"`).join(", ")};`)
  }
}
