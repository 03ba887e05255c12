import { model } from "@medusajs/framework/utils"
import { ACTIVITY_ACTIONS } from "../actions"

/**
 * One change made through the admin: who, when, what. Written once by the admin middleware
 * (src/api/admin-activity.ts) and never updated: no route changes or deletes an entry. The one
 * rewrite is the right to erasure, which replaces an erased customer's e-mail or name in the
 * label, summary and path (customer-mentions.ts).
 *
 * The actor's e-mail and name are copied at write time, so the journal still says who did
 * what after an account is renamed or removed. No IP address is kept.
 */
export const ActivityEntry = model
  .define("activity_entry", {
    id: model.id({ prefix: "act" }).primaryKey(),
    /** Medusa user id (`user_…`), or the API key's id when a key made the change. */
    actor_id: model.text(),
    actor_email: model.text().nullable(),
    actor_name: model.text().nullable(),
    action: model.enum([...ACTIVITY_ACTIONS]),
    /** `product`, `promotion`, `order`… (route-table.ts); unknown routes fall back to their path's first segment. */
    entity_type: model.text(),
    entity_id: model.text().nullable(),
    /** What a person recognises: a product's title, a promotion's code, an order's number. */
    entity_label: model.text().nullable(),
    /** A short French sentence ("Produit modifié"). */
    summary: model.text(),
    method: model.text(),
    path: model.text(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    // The journal reads newest first over a period, optionally for one person or one kind of entity.
    { name: "IDX_activity_entry_occurred_at", on: ["occurred_at"], where: null },
    { name: "IDX_activity_entry_actor_occurred_at", on: ["actor_id", "occurred_at"], where: null },
    { name: "IDX_activity_entry_entity_occurred_at", on: ["entity_type", "occurred_at"], where: null },
  ])
