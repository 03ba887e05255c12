import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Rollups of the "Statistiques" reports (analytics package, reports/rollup.ts): one row per visit,
 * per visit and page, per visit and product. A report over a million events scans a few
 * hundred thousand visit rows instead of re-grouping every event (Umami's approach, reported at
 * 33–52 s on 3.7M page views). They are derived data: reports refresh them before reading, from
 * the events inserted since the last refresh (`created_at` watermark), so late events land in
 * their visit; dropping them only costs one full rebuild.
 */
export class Migration20261129120000 extends Migration {
  override async up(): Promise<void> {
    // Finds the events inserted since the last refresh.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_created_at" ON "captured_event" ("created_at");`)
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_rollup_state" ("id" integer PRIMARY KEY, "watermark" timestamptz NOT NULL);`)
    this.addSql(`INSERT INTO "captured_rollup_state" ("id", "watermark") VALUES (1, '-infinity') ON CONFLICT DO NOTHING;`)
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_session" (
      "session_id" text PRIMARY KEY,
      "distinct_id" text,
      "started_at" timestamptz NOT NULL,
      "ended_at" timestamptz NOT NULL,
      "pageviews" integer NOT NULL,
      "interactions" integer NOT NULL,
      "viewed_product" boolean NOT NULL,
      "added_to_cart" boolean NOT NULL,
      "started_checkout" boolean NOT NULL,
      "is_simulated" boolean NOT NULL,
      "channel" text, "referring_domain" text, "utm_source" text, "utm_medium" text, "utm_campaign" text,
      "device_type" text, "browser" text, "os" text, "landing_page" text
    );`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_started_at" ON "captured_session" ("started_at");`)
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_session_page" (
      "session_id" text NOT NULL,
      "pathname" text NOT NULL,
      "distinct_id" text,
      "started_at" timestamptz NOT NULL,
      "is_simulated" boolean NOT NULL,
      "pageviews" integer NOT NULL,
      PRIMARY KEY ("session_id", "pathname")
    );`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_page_started_at" ON "captured_session_page" ("started_at");`)
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_session_product" (
      "session_id" text NOT NULL,
      "product_id" text NOT NULL,
      "title" text,
      "started_at" timestamptz NOT NULL,
      "is_simulated" boolean NOT NULL,
      "views" integer NOT NULL,
      "add_to_carts" integer NOT NULL,
      PRIMARY KEY ("session_id", "product_id")
    );`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_session_product_started_at" ON "captured_session_product" ("started_at");`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "captured_session_product";`)
    this.addSql(`DROP TABLE IF EXISTS "captured_session_page";`)
    this.addSql(`DROP TABLE IF EXISTS "captured_session";`)
    this.addSql(`DROP TABLE IF EXISTS "captured_rollup_state";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_event_created_at";`)
  }
}
