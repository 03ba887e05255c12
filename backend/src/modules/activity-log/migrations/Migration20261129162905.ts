import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129162905 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "activity_entry" ("id" text not null, "actor_id" text not null, "actor_email" text null, "actor_name" text null, "action" text check ("action" in ('created', 'updated', 'deleted', 'captured', 'fulfilled', 'shipped', 'delivered', 'refunded', 'canceled', 'other')) not null, "entity_type" text not null, "entity_id" text null, "entity_label" text null, "summary" text not null, "method" text not null, "path" text not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "activity_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_activity_entry_deleted_at" ON "activity_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_activity_entry_occurred_at" ON "activity_entry" ("occurred_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_activity_entry_actor_occurred_at" ON "activity_entry" ("actor_id", "occurred_at");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_activity_entry_entity_occurred_at" ON "activity_entry" ("entity_type", "occurred_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "activity_entry" cascade;`);
  }

}
