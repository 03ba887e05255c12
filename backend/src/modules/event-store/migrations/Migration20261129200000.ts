import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The rollup refresh (analytics package, reports/rollup.ts) keeps two instants instead of one:
 * `watermark` becomes the latest created_at it took in, `refreshed_at` when it last ran (what
 * `watermark` held until now). Existing rows keep their meaning: both start at the old value,
 * so the next refresh looks back exactly as far as it did before.
 */
export class Migration20261129200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`ALTER TABLE "captured_rollup_state" ADD COLUMN IF NOT EXISTS "refreshed_at" timestamptz NOT NULL DEFAULT '-infinity';`)
    this.addSql(`UPDATE "captured_rollup_state" SET "refreshed_at" = "watermark";`)
  }

  override async down(): Promise<void> {
    this.addSql(`UPDATE "captured_rollup_state" SET "watermark" = "refreshed_at";`)
    this.addSql(`ALTER TABLE "captured_rollup_state" DROP COLUMN IF EXISTS "refreshed_at";`)
  }
}
