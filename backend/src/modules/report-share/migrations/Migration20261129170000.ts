import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE TABLE IF NOT EXISTS "report_share" (
      "id" text NOT NULL,
      "token_hash" text NOT NULL,
      "period_from" timestamptz NOT NULL,
      "period_to" timestamptz NOT NULL,
      "include_simulated" boolean NOT NULL DEFAULT true,
      "label" text NULL,
      "expires_at" timestamptz NOT NULL,
      "created_by" text NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      "deleted_at" timestamptz NULL,
      CONSTRAINT "report_share_pkey" PRIMARY KEY ("id")
    );`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_report_share_token_hash" ON "report_share" ("token_hash") WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_report_share_deleted_at" ON "report_share" ("deleted_at") WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TABLE IF EXISTS "report_share" CASCADE;`)
  }
}
