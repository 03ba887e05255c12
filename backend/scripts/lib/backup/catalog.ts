import pg from "pg"
import type { SequenceEntry } from "./format"

/**
 * What the backup reads from Postgres's catalog: the tables of schema `public` (the whole shop,
 * Medusa's modules and Comptoir's alike), their columns, sequences and applied migrations.
 */

/**
 * Bookkeeping of the schema itself, which a restore keeps from the database it restores into:
 * that database has just been migrated by this code, and its migrations must stay recorded as
 * applied. (`script_migrations` records data migrations: it travels with the data.)
 */
export const SCHEMA_BOOKKEEPING_TABLES = ["mikro_orm_migrations", "link_module_migrations"] as const

export const quote = (name: string) => pg.escapeIdentifier(name)

export type TableShape = { name: string; columns: string[] }

/** The data tables, parents before the tables whose foreign keys point at them. */
export async function listTables(client: pg.ClientBase): Promise<TableShape[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND NOT c.relispartition
        AND NOT (c.relname = ANY($1::text[]))
      GROUP BY c.relname
      ORDER BY c.relname`,
    [SCHEMA_BOOKKEEPING_TABLES]
  )
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = 'public'::regnamespace AND k.conrelid <> k.confrelid`
  )
  return parentsFirst(rows, references)
}

/** Depth-first topological order; a cycle (none in Medusa's schema) keeps the name order. */
export function parentsFirst<T extends { name: string }>(tables: T[], references: Array<{ child: string; parent: string }>): T[] {
  const byName = new Map(tables.map((table) => [table.name, table]))
  const parentsOf = new Map<string, string[]>()
  for (const { child, parent } of references) parentsOf.set(child, [...(parentsOf.get(child) ?? []), parent])
  const ordered: T[] = []
  const state = new Map<string, "visiting" | "done">()
  const visit = (name: string) => {
    if (state.has(name)) return
    state.set(name, "visiting")
    for (const parent of parentsOf.get(name) ?? []) visit(parent)
    state.set(name, "done")
    const table = byName.get(name)
    if (table) ordered.push(table)
  }
  for (const table of tables) visit(table.name)
  return ordered
}

export async function listSequences(client: pg.ClientBase): Promise<SequenceEntry[]> {
  const { rows } = await client.query<{ name: string; owned_by_table: string | null }>(
    `SELECT s.relname AS name, owner.relname AS owned_by_table
       FROM pg_class s
       LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class owner ON owner.oid = d.refobjid
      WHERE s.relnamespace = 'public'::regnamespace AND s.relkind = 'S'
      ORDER BY s.relname`
  )
  const sequences: SequenceEntry[] = []
  for (const row of rows) {
    const state = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM public.${quote(row.name)}`
    )
    const current = state.rows[0]
    if (current) sequences.push({ name: row.name, value: current.last_value, isCalled: current.is_called, ownedByTable: row.owned_by_table })
  }
  return sequences
}

/** Every migration the database has applied, named so that modules, links and scripts don't collide. */
export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const sources: Array<[table: string, prefix: string, column: string]> = [
    ["mikro_orm_migrations", "module", "name"],
    ["link_module_migrations", "link", "table_name"],
    ["script_migrations", "script", "script_name"],
  ]
  const names: string[] = []
  for (const [table, prefix, column] of sources) {
    const exists = await client.query(`SELECT to_regclass($1) AS name`, [`public.${table}`])
    if (!exists.rows[0]?.name) continue
    const { rows } = await client.query<{ name: string }>(`SELECT ${quote(column)} AS name FROM public.${quote(table)} ORDER BY 1`)
    names.push(...rows.map((row) => `${prefix}:${row.name}`))
  }
  return names
}

export async function countRows(client: pg.ClientBase, table: string): Promise<number> {
  const { rows } = await client.query<{ count: string }>(`SELECT count(*) AS count FROM public.${quote(table)}`)
  return Number(rows[0]?.count ?? 0)
}
