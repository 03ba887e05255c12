import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Which visit each Medusa order came from, and whether that visit is simulated (analytics
 * package, reports/rollup.ts and the orders of reports/sql.ts). Every report leaves out the
 * orders of simulated visits; looking each order's visit up in the visit rollup cost one random
 * read per order of the period (1.5–2.9 s per report over 10M events). Derived data like the
 * other rollups: the refresh adds the orders it has not seen and re-flags the orders of the
 * visits it recomputes; an empty table is filled whole by the next refresh.
 */
export class Migration20261129210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "captured_order_visit" (
      "order_id" text PRIMARY KEY,
      "session_id" text,
      "visit_simulated" boolean NOT NULL
    );`)
    // The refresh re-flags the orders of the visits it recomputes.
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_order_visit_session_id" ON "captured_order_visit" ("session_id");`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "captured_order_visit";`)
  }
}
