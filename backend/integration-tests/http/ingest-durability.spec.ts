import { randomUUID } from "node:crypto"
import path from "node:path"
import { Client } from "pg"
import { gzipBody, envelope, pageview } from "./ingest-helpers"
import { createMigratedDatabase, dropDatabase, startBackend, type ScratchBackend } from "../../bench/scratch-backend"
import { dataDir } from "../../scripts/lib/paths"
import { freePort } from "../../scripts/lib/ports"

// "An ingest killed with SIGKILL under load loses no event that had been acknowledged": a real
// backend process (`medusa start`) receives batches from several senders, is killed with
// SIGKILL in the middle, restarts, and every event it had answered 200 for must be stored.

const SENDERS = 6
const EVENTS_PER_BATCH = 50
const LOAD_BEFORE_KILL_MS = 2_000

function serverUrl(): string {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const credentials = DB_PASSWORD ? `${encodeURIComponent(DB_USERNAME)}:${encodeURIComponent(DB_PASSWORD)}` : encodeURIComponent(DB_USERNAME)
  return `postgres://${credentials}@${DB_HOST}:${DB_PORT}/postgres`
}

describe("the ingest killed with SIGKILL under load", () => {
  const databaseName = `comptoir_durability_${process.pid}`
  const logDir = path.join(dataDir(), "test", "durability-logs")
  let databaseUrl = ""
  let backend: ScratchBackend | undefined

  beforeAll(async () => {
    databaseUrl = await createMigratedDatabase(serverUrl(), databaseName, logDir)
  })

  afterAll(async () => {
    await backend?.stop()
    await dropDatabase(serverUrl(), databaseName)
  })

  it("loses no event it had acknowledged", async () => {
    const port = await freePort()
    backend = await startBackend({ databaseUrl, port, logDir, name: "durability-backend" })
    const acknowledged: string[] = []
    let failedRequests = 0
    let killed = false

    const sender = async () => {
      while (!killed) {
        const batch = Array.from({ length: EVENTS_PER_BATCH }, () => ({ ...pageview({ distinct_id: randomUUID() }), uuid: randomUUID() }))
        try {
          const response = await fetch(`${backend!.url}/ingest/e/`, {
            method: "POST",
            body: gzipBody(envelope(batch)),
            headers: { "content-type": "text/plain" },
          })
          await response.arrayBuffer()
          if (response.status === 200) acknowledged.push(...batch.map((event) => event.uuid))
          else failedRequests += 1
        } catch {
          // Connection reset by the kill: not acknowledged, so the client would retry it.
          failedRequests += 1
        }
      }
    }
    const senders = Array.from({ length: SENDERS }, sender)
    await new Promise((resolve) => setTimeout(resolve, LOAD_BEFORE_KILL_MS))
    process.kill(-backend.service.child.pid!, "SIGKILL")
    killed = true
    await Promise.all(senders)
    await backend.service.exited

    expect(acknowledged.length).toBeGreaterThanOrEqual(EVENTS_PER_BATCH * SENDERS)

    // The restarted server serves again, and the database holds every acknowledged event.
    backend = await startBackend({ databaseUrl, port, logDir, name: "durability-backend" })
    const client = new Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ stored: number }>(
        "SELECT count(*)::int AS stored FROM captured_event WHERE uuid = ANY($1::text[])",
        [acknowledged]
      )
      expect(rows[0]?.stored).toBe(acknowledged.length)
    } finally {
      await client.end()
    }
    const after = await fetch(`${backend.url}/ingest/e/`, { method: "POST", body: JSON.stringify(envelope([pageview()])) })
    expect(after.status).toBe(200)
    process.stdout.write(`durability: ${acknowledged.length} events acknowledged before SIGKILL, all stored; ${failedRequests} requests cut\n`)
  })
})
