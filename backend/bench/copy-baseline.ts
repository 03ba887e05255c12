import { pipeline } from "node:stream/promises"
import { Readable } from "node:stream"
import type { NormalisedEvent } from "@comptoir/analytics"
import type { Client } from "pg"
import { from as copyFrom } from "pg-copy-streams"
import { EVENT_COLUMN_TYPES, EVENT_TABLE } from "../src/modules/event-store/columns"

const COLUMNS = Object.keys(EVENT_COLUMN_TYPES) as (keyof NormalisedEvent)[]
const SPECIAL = /[\\\t\n\r]/g
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" }

function field(value: unknown): string {
  if (value === null || value === undefined) return "\\N"
  if (value instanceof Date) return value.toISOString()
  if (typeof value === "boolean") return value ? "t" : "f"
  const text = typeof value === "object" ? JSON.stringify(value) : String(value)
  return text.replace(SPECIAL, (c) => ESCAPES[c] ?? c)
}

/** The rows in COPY's text format, encoded before the clock starts. */
export function encodeCopyRows(events: readonly NormalisedEvent[]): Buffer[] {
  const chunks: Buffer[] = []
  const lines: string[] = []
  for (const event of events) {
    lines.push(COLUMNS.map((column) => field(event[column])).join("\t"))
    if (lines.length === 1000) {
      chunks.push(Buffer.from(`${lines.join("\n")}\n`))
      lines.length = 0
    }
  }
  if (lines.length > 0) chunks.push(Buffer.from(`${lines.join("\n")}\n`))
  return chunks
}

/**
 * Streams pre-encoded rows into the event table with one COPY: the fastest way Postgres can
 * take these rows on this machine, with the same indexes as the ingest, committed (autocommit).
 * Returns the elapsed seconds.
 */
export async function copyRows(client: Client, chunks: readonly Buffer[]): Promise<number> {
  const columns = COLUMNS.map((column) => `"${column}"`).join(", ")
  const started = performance.now()
  const stream = client.query(copyFrom(`COPY "${EVENT_TABLE}" (${columns}) FROM STDIN`))
  await pipeline(Readable.from(chunks), stream)
  return (performance.now() - started) / 1000
}
