/**
 * The counters Medusa's `registerUsage` moves for a set of promotion codes, one row each: a
 * promotion's `used` when it has a limit, its campaign budget's `used`. Medusa keeps nothing else
 * about a use, so the checkout repair (interrupted-checkouts.ts) and the bulk history's undo
 * (scripts/simulate/undo-unfinished.ts) both tell whether a use was counted from these rows.
 *
 * `codes` is an SQL expression giving the set of codes, e.g. `(SELECT code FROM codes)` or
 * `(SELECT unnest(?::text[]))`; its bindings come twice, once per branch of the union.
 */
export const promotionCountersOf = (codes: string) => `(
    SELECT p.id, p.used::text AS used, p.updated_at FROM promotion p
     WHERE p.code IN ${codes} AND p.deleted_at IS NULL AND p."limit" IS NOT NULL
    UNION ALL
    SELECT b.id, b.used::text AS used, b.updated_at FROM promotion p JOIN promotion_campaign_budget b ON b.campaign_id = p.campaign_id AND b.deleted_at IS NULL
     WHERE p.code IN ${codes} AND p.deleted_at IS NULL)`
