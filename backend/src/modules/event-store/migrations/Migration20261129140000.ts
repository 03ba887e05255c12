import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Drops the index Medusa's data model creates on every model's `deleted_at`. Events are never
 * soft-deleted (a workflow's compensation removes them for good), so every row has a null
 * `deleted_at` and the partial index holds the whole table: it answers no query and costs every
 * captured event one more index entry to write (and its WAL). `medusa db:generate` would add it
 * back from the model's automatic `deleted_at` index: keep this migration after it.
 */
export class Migration20261129140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_captured_event_deleted_at";`)
  }

  override async down(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_captured_event_deleted_at" ON "captured_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }
}
