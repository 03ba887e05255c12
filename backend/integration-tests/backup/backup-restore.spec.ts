import fs from "node:fs"
import http from "node:http"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import pg from "pg"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"
import { listTables, quote } from "../../scripts/lib/backup/catalog"
import { createBackup } from "../../scripts/lib/backup/create-backup"
import { restoreBackup } from "../../scripts/lib/backup/restore-backup"
import { envelope, pageview, placeOrder, post } from "../http/ingest-helpers"

// `npm run backup` / `npm run restore` on a real shop: the starter shop, an order and analytics
// events are backed up, the shop changes, the restore brings back exactly what was saved —
// and a damaged file is refused without touching the shop.

type Shop = { counts: Record<string, number>; events: number; orderTotals: Record<string, number> }

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConfig, getContainer }) => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "comptoir-backup-"))
    const uploadsDir = path.join(work, "static")
    const backupFile = path.join(work, "shop.comptoir-backup")
    const baseUrl = () => api.defaults.baseURL as string

    async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
      const client = new pg.Client({ connectionString: dbConfig.clientUrl })
      await client.connect()
      try {
        return await run(client)
      } finally {
        await client.end()
      }
    }

    async function admin(): Promise<{ headers: Record<string, string> }> {
      const { data } = await api.post("/auth/user/emailpass", {
        email: DEVELOPMENT_SECRETS.adminEmail,
        password: DEVELOPMENT_SECRETS.adminPassword,
      })
      return { headers: { authorization: `Bearer ${data.token as string}` } }
    }

    /** Rows per table, the event count and every order's total as the Admin API computes it. */
    async function shopState(): Promise<Shop> {
      const counts: Record<string, number> = {}
      await withClient(async (client) => {
        for (const table of await listTables(client)) {
          const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.${quote(table.name)}`)
          counts[table.name] = rows[0]?.n ?? 0
        }
      })
      const { data } = await api.get("/admin/orders?fields=id,total&limit=100", await admin())
      const orderTotals = Object.fromEntries((data.orders as Array<{ id: string; total: number }>).map((o) => [o.id, Number(o.total)]))
      return { counts, events: counts.captured_event ?? 0, orderTotals }
    }

    async function sendEvents(count: number): Promise<void> {
      const batch = Array.from({ length: count }, (_, index) => pageview({ distinct_id: `visitor-${index}` }))
      const response = await post(baseUrl(), "/ingest/e/", JSON.stringify(envelope(batch)))
      expect(response.status).toBe(200)
    }

    async function storeHeaders() {
      const { data: config } = await api.get("/comptoir/storefront-config")
      return { headers: { "x-publishable-api-key": config.publishable_key as string } }
    }

    beforeAll(() => {
      // The test pauses for seconds (a restore, 150 counts) between requests: a kept-alive socket
      // the server closes meanwhile would fail the next request with ECONNRESET.
      api.defaults.httpAgent = new http.Agent({ keepAlive: false })
    })

    beforeEach(async () => {
      await bootstrap({ container: getContainer(), args: [] } as any)
      fs.rmSync(uploadsDir, { recursive: true, force: true })
      fs.mkdirSync(path.join(uploadsDir, "products"), { recursive: true })
      fs.writeFileSync(path.join(uploadsDir, "products", "tasse.jpg"), Buffer.alloc(300_000, 7))
    })

    afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

    it("round-trips a shop with orders and events, and refuses a damaged file without touching the shop", async () => {
      const { order } = await placeOrder(api, await storeHeaders())
      await sendEvents(40)
      const saved = await shopState()
      expect(saved.orderTotals[order.id]).toBeGreaterThan(0)
      expect(saved.events).toBeGreaterThanOrEqual(40)

      const backup = await createBackup({ databaseUrl: dbConfig.clientUrl, uploadsDir, file: backupFile })
      expect(backup.files).toBe(1)
      expect(Object.fromEntries(backup.manifest.tables.map((t) => [t.name, t.rows]))).toEqual(saved.counts)
      expect(backup.manifest.migrations.length).toBeGreaterThan(100)

      // The shop lives on: another order, more events, a lost image, a deleted customer.
      const second = await placeOrder(api, await storeHeaders())
      await sendEvents(25)
      fs.rmSync(path.join(uploadsDir, "products"), { recursive: true })
      fs.writeFileSync(path.join(uploadsDir, "new.png"), "new")
      await withClient((client) => client.query("DELETE FROM captured_event WHERE event = '$pageview' AND ctid IN (SELECT ctid FROM captured_event LIMIT 5)"))
      expect((await shopState()).counts).not.toEqual(saved.counts)

      const restored = await restoreBackup({ databaseUrl: dbConfig.clientUrl, uploadsDir, file: backupFile })
      expect(restored.tables).toBe(backup.manifest.tables.length)
      const after = await shopState()
      expect(after.counts).toEqual(saved.counts)
      expect(after.orderTotals).toEqual(saved.orderTotals)
      expect(after.orderTotals[second.order.id]).toBeUndefined()
      expect(fs.readdirSync(uploadsDir, { recursive: true }).sort()).toEqual(["products", path.join("products", "tasse.jpg")])
      expect(fs.readFileSync(path.join(uploadsDir, "products", "tasse.jpg"))).toEqual(Buffer.alloc(300_000, 7))

      // The restored shop works: it takes orders again (sequences such as display_id followed).
      const third = await placeOrder(api, await storeHeaders())
      const displayIds = await withClient(async (client) => (await client.query<{ display_id: number }>(`SELECT display_id FROM "order" ORDER BY display_id`)).rows)
      expect(new Set(displayIds.map((row) => row.display_id)).size).toBe(displayIds.length)
      expect(third.order.id).toBeTruthy()
      process.stdout.write(`backup: ${backup.bytes} bytes in ${backup.ms} ms; restore ${restored.rows} rows in ${restored.ms} ms\n`)

      // A damaged file is refused, whatever the damage, and the shop (which moved on) stays as it is.
      await sendEvents(10)
      const current = await shopState()
      const whole = fs.readFileSync(backupFile)

      const truncated = path.join(work, "truncated.comptoir-backup")
      fs.writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))
      await expect(restoreBackup({ databaseUrl: dbConfig.clientUrl, uploadsDir, file: truncated })).rejects.toThrow(/incomplète|tronqué/)

      const corrupt = path.join(work, "corrupt.comptoir-backup")
      const damaged = Buffer.from(whole)
      for (let offset = Math.floor(damaged.length / 2); offset < damaged.length / 2 + 64; offset++) damaged[offset] = 0x5a
      fs.writeFileSync(corrupt, damaged)
      await expect(restoreBackup({ databaseUrl: dbConfig.clientUrl, uploadsDir, file: corrupt })).rejects.toThrow(/incomplète|corrompue|incohérente/)

      const notABackup = path.join(work, "notes.comptoir-backup")
      fs.writeFileSync(notABackup, "pas une sauvegarde")
      await expect(restoreBackup({ databaseUrl: dbConfig.clientUrl, uploadsDir, file: notABackup })).rejects.toThrow(/pas une sauvegarde Comptoir/)

      expect(await shopState()).toEqual(current)
      expect(fs.existsSync(path.join(uploadsDir, "products", "tasse.jpg"))).toBe(true)
      expect(fs.existsSync(`${uploadsDir}.restoring`)).toBe(false)
    })
  },
})
