import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129162822 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seo_audit" ("id" text not null, "status" text check ("status" in ('queued', 'running', 'done', 'failed')) not null default 'queued', "started_at" timestamptz null, "finished_at" timestamptz null, "base_url" text not null, "page_count" integer not null default 0, "score" integer null, "result" jsonb null, "error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seo_audit_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seo_audit_deleted_at" ON "seo_audit" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seo_audit_in_progress" ON "seo_audit" ("status") WHERE status IN ('queued', 'running') AND deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seo_audit_finished_at" ON "seo_audit" ("finished_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seo_audit" cascade;`);
  }

}
