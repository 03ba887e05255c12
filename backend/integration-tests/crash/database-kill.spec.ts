import { execFileSync } from "node:child_process"
import { randomUUID } from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { createMigratedDatabase, startBackend, type ScratchBackend } from "../../bench/scratch-backend"
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-db"
import { envelope, gzipBody, pageview } from "../http/ingest-helpers"
import { logDir, withClient } from "./crash-helpers"
import { freePort } from "../../scripts/lib/ports"

// The database killed with SIGKILL (the OOM killer, a crashed container) while the ingest is
// under load: once Postgres is back, the same backend serves again without a restart, every
// event it had answered 200 for is stored, and no batch is half-written.
// A Postgres of its own (the embedded one `npm start` uses), since this test kills it.

const SENDERS = 4
const EVENTS_PER_BATCH = 40

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** SIGKILL to the postmaster and every Postgres process it started: nothing gets to shut down cleanly. */
function killPostgres(databaseDir: string): void {
  const postmaster = Number(fs.readFileSync(path.join(databaseDir, "postmaster.pid"), "utf8").split("\n")[0])
  const children = execFileSync("ps", ["-o", "pid=", "--ppid", String(postmaster)], { encoding: "utf8" })
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((pid) => pid > 0)
  for (const pid of [postmaster, ...children]) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
}

describe("Postgres killed with SIGKILL under ingest load", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "comptoir-pg-kill-"))
  let database: EmbeddedDatabase | undefined
  let backend: ScratchBackend | undefined
  let pgPort = 0

  beforeAll(async () => {
    // As root, Postgres runs as the `postgres` user, who must reach its folder.
    fs.chmodSync(folder, 0o755)
    pgPort = await freePort()
    database = await startEmbeddedDatabase({ dataDir: folder, port: pgPort, log: () => {} })
  })

  afterAll(async () => {
    await backend?.stop()
    await database?.stop()
    fs.rmSync(folder, { recursive: true, force: true })
  })

  it("loses no acknowledged event, half-writes no batch, and the backend recovers by itself", async () => {
    const databaseUrl = await createMigratedDatabase(database!.url, "crash_db", logDir)
    backend = await startBackend({ databaseUrl, port: await freePort(), logDir, name: "pg-kill-backend" })
    const sent: Array<{ uuids: string[]; status: number }> = []
    let running = true
    const sender = async () => {
      while (running) {
        const batch = Array.from({ length: EVENTS_PER_BATCH }, () => ({ ...pageview({ distinct_id: randomUUID() }), uuid: randomUUID() }))
        const record = { uuids: batch.map((event) => event.uuid), status: 0 }
        sent.push(record)
        try {
          const response = await fetch(`${backend!.url}/ingest/e/`, { method: "POST", body: gzipBody(envelope(batch)), headers: { "content-type": "text/plain" } })
          await response.arrayBuffer()
          record.status = response.status
        } catch {
          // cut connection: not acknowledged
        }
        if (record.status !== 200) await sleep(100)
      }
    }
    const senders = Array.from({ length: SENDERS }, sender)
    await sleep(2_000)
    killPostgres(path.join(folder, "postgres"))
    await sleep(2_000)
    database = await startEmbeddedDatabase({ dataDir: folder, port: pgPort, log: () => {} })
    const restartedAt = sent.length
    // The backend's pool reconnects on its own: batches sent after the restart are taken again.
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !sent.slice(restartedAt).some((record) => record.status === 200)) await sleep(250)
    await sleep(1_000)
    running = false
    await Promise.all(senders)

    const acknowledged = sent.filter((record) => record.status === 200)
    expect(acknowledged.length).toBeGreaterThan(0)
    expect(sent.slice(restartedAt).some((record) => record.status === 200)).toBe(true)
    const stored = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ uuid: string }>("SELECT uuid FROM captured_event")
      return new Set(rows.map((row) => row.uuid))
    })
    const lost = acknowledged.flatMap((record) => record.uuids).filter((uuid) => !stored.has(uuid))
    expect(lost).toEqual([])
    const halfWritten = sent.filter((record) => {
      const present = record.uuids.filter((uuid) => stored.has(uuid)).length
      return present !== 0 && present !== record.uuids.length
    })
    expect(halfWritten).toEqual([])
    const failed = sent.filter((record) => record.status !== 200)
    process.stdout.write(
      `pg-kill: ${acknowledged.length} batches acknowledged and stored, ${failed.length} refused or cut ` +
        `(${failed.filter((record) => record.uuids.some((uuid) => stored.has(uuid))).length} of them stored anyway, whole)\n`
    )
  })
})
