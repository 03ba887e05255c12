import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261129162817 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "seo_fields" ("id" text not null, "entity_type" text check ("entity_type" in ('product', 'collection', 'category')) not null, "entity_id" text not null, "meta_title" text null, "meta_description" text null, "focus_keyword" text null, "canonical_url" text null, "noindex" boolean not null default false, "social_image_url" text null, "image_alts" jsonb not null default '{}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seo_fields_pkey" primary key ("id"), constraint seo_fields_meta_title_length check (char_length(meta_title) <= 120), constraint seo_fields_meta_description_length check (char_length(meta_description) <= 320), constraint seo_fields_focus_keyword_length check (char_length(focus_keyword) <= 80), constraint seo_fields_canonical_url_length check (char_length(canonical_url) <= 500), constraint seo_fields_social_image_url_length check (char_length(social_image_url) <= 500));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_seo_fields_deleted_at" ON "seo_fields" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seo_fields_entity" ON "seo_fields" ("entity_type", "entity_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "seo_fields" cascade;`);
  }

}
