import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The searches of the "Statistiques" product report (analytics package, reports/products.ts),
 * one narrow row per search event, kept by the rollup refresh (reports/rollup.ts) with the visit
 * rollups: the report read them from the whole event table (2.2 s over 10M events). Filled here
 * once, from the events already stored, with the refresh's own rules (robots, deleted events,
 * events without a visit, blank queries and result counts that are not whole numbers left out;
 * the term lower-cased and trimmed), so that no rollup has to be rebuilt.
 */
export class Migration20261129220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_search" (
      "uuid" text PRIMARY KEY,
      "session_id" text NOT NULL,
      "timestamp" timestamptz NOT NULL,
      "is_simulated" boolean NOT NULL,
      "term" text NOT NULL,
      "results_count" numeric NOT NULL
    );`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_search_timestamp" ON "captured_search" ("timestamp");`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_search_session_id" ON "captured_search" ("session_id");`)
    this.addSql(`INSERT INTO "captured_search" ("uuid", "session_id", "timestamp", "is_simulated", "term", "results_count")
      SELECT e.uuid, e.session_id, e."timestamp", e.is_simulated, lower(btrim(e.properties->>'query')), (e.properties->>'results_count')::numeric
      FROM "captured_event" e
      WHERE e.event = 'search_performed' AND e.session_id IS NOT NULL AND e.deleted_at IS NULL AND e.is_bot = false
        AND btrim(COALESCE(e.properties->>'query', '')) <> '' AND COALESCE(e.properties->>'results_count', '') ~ '^[0-9]+$'
      ON CONFLICT ("uuid") DO NOTHING;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "captured_search";`)
  }
}
