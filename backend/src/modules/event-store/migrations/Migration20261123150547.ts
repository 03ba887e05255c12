import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261123150547 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "captured_event" ("uuid" text not null, "event" text not null, "distinct_id" text null, "session_id" text null, "timestamp" timestamptz not null, "url" text null, "host" text null, "pathname" text null, "referrer" text null, "referring_domain" text null, "utm_source" text null, "utm_medium" text null, "utm_campaign" text null, "utm_term" text null, "utm_content" text null, "click_id" text null, "click_id_type" text null, "channel" text null, "channel_rule" text null, "device_type" text null, "browser" text null, "os" text null, "viewport_width" integer null, "viewport_height" integer null, "screen_width" integer null, "screen_height" integer null, "browser_language" text null, "timezone" text null, "lib" text null, "lib_version" text null, "is_bot" boolean not null default false, "bot_reason" text null, "bot_name" text null, "is_simulated" boolean not null default false, "contract_error" text null, "properties" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "captured_event_pkey" primary key ("uuid"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_deleted_at" ON "captured_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_timestamp" ON "captured_event" ("timestamp");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_session_timestamp" ON "captured_event" ("session_id", "timestamp");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_event_timestamp" ON "captured_event" ("event", "timestamp");`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_captured_event_human_channel_timestamp" ON "captured_event" ("channel", "timestamp") WHERE is_bot = false AND channel IS NOT NULL AND deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "captured_event" cascade;`);
  }

}
