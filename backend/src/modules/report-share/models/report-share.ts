import { model } from "@medusajs/framework/utils"

/**
 * A read-only link to the graded report of one period, for a jury without an admin account.
 * Only the token's SHA-256 is stored: the link itself is shown once, when it is created, and a
 * copy of the database gives nobody access to the reports.
 */
export const ReportShare = model
  .define("report_share", {
    id: model.id({ prefix: "rshare" }).primaryKey(),
    /** Hex SHA-256 of the token carried by the URL. */
    token_hash: model.text(),
    /** The report's period, half-open [from, to). */
    period_from: model.dateTime(),
    period_to: model.dateTime(),
    include_simulated: model.boolean().default(true),
    /** A note for the teacher ("Jury du 12 juin"), never shown to the jury. */
    label: model.text().nullable(),
    expires_at: model.dateTime(),
    /** The admin user who created the link. */
    created_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_report_share_token_hash", on: ["token_hash"], unique: true, where: "deleted_at IS NULL" }])
