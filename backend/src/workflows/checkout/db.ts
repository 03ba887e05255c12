/** The knex connection Medusa registers as PG_CONNECTION, as far as the checkout repairs use it. */
export type Db = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: unknown[] }> }
