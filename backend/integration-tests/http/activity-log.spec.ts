import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"
import { importAccounts } from "../../src/scripts/accounts/import-accounts"

// The activity journal on the real admin API: entries are written by the admin middleware once
// each response is sent, so the tests poll the table rather than reading it straight away.

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }
type Headers = { headers: Record<string, string>; validateStatus: () => boolean }

const CLASS_LIST = "nom;email;role\nClaire Enseignante;claire@lycee.test;enseignant\nLéa Martin;lea@lycee.test;eleve\n"

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

medusaIntegrationTestRunner({
  testSuite: ({ api, dbConnection, getContainer }) => {
    const db = dbConnection as unknown as Knex

    async function login(email: string, password: string): Promise<Headers> {
      const { data } = await api.post("/auth/user/emailpass", { email, password })
      return { headers: { authorization: `Bearer ${data.token as string}` }, validateStatus: () => true }
    }

    /** The journal once `count` entries are there and nothing more arrives for a moment. */
    async function entriesAfterSettling(count: number): Promise<Record<string, unknown>[]> {
      const deadline = Date.now() + 5_000
      let rows: Record<string, unknown>[] = []
      while (Date.now() < deadline) {
        rows = (await db.raw("SELECT * FROM activity_entry ORDER BY occurred_at")).rows
        if (rows.length >= count) break
        await sleep(50)
      }
      await sleep(300)
      return (await db.raw("SELECT * FROM activity_entry ORDER BY occurred_at")).rows
    }

    describe("Activity journal", () => {
      let admin: Headers
      let student: Headers
      let studentId: string
      let adminId: string

      beforeEach(async () => {
        const container = getContainer()
        await bootstrap({ container, args: [] } as any)
        const report = await importAccounts(container, CLASS_LIST)
        const lea = report.created.find((account) => account.email === "lea@lycee.test")
        admin = await login(DEVELOPMENT_SECRETS.adminEmail, DEVELOPMENT_SECRETS.adminPassword)
        student = await login("lea@lycee.test", lea?.password ?? "")
        const users = await container.resolve(Modules.USER).listUsers({ email: ["lea@lycee.test", DEVELOPMENT_SECRETS.adminEmail] })
        studentId = users.find((user) => user.email === "lea@lycee.test")?.id ?? ""
        adminId = users.find((user) => user.email === DEVELOPMENT_SECRETS.adminEmail)?.id ?? ""
        // Setting up the shop went through workflows, not the admin API: the journal starts empty.
        expect((await db.raw("SELECT count(*)::int AS n FROM activity_entry")).rows[0]?.n).toBe(0)
      })

      it("records one entry per admin change, with the person who made it", async () => {
        const { data } = await api.get("/admin/products?limit=1&fields=id,title", admin)
        const product = data.products[0] as { id: string; title: string }

        // A read and a refused change are not changes.
        expect((await api.get(`/admin/products/${product.id}`, student)).status).toBe(200)
        expect((await api.post(`/admin/products/${product.id}`, { title: 42 }, student)).status).toBe(400)

        const updated = await api.post(`/admin/products/${product.id}`, { title: "Sac en toile bio" }, student)
        expect(updated.status).toBe(200)
        const rows = await entriesAfterSettling(1)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toMatchObject({
          actor_id: studentId,
          actor_email: "lea@lycee.test",
          actor_name: "Léa Martin",
          action: "updated",
          entity_type: "product",
          entity_id: product.id,
          entity_label: "Sac en toile bio",
          summary: "Produit modifié : « Sac en toile bio »",
          method: "POST",
          path: `/admin/products/${product.id}`,
        })

        const promotion = await api.post(
          "/admin/promotions",
          {
            code: "RENTREE10",
            type: "standard",
            status: "active",
            application_method: { type: "percentage", target_type: "order", allocation: "across", value: 10, currency_code: "eur" },
          },
          admin
        )
        expect(promotion.status).toBe(200)
        const all = await entriesAfterSettling(2)
        expect(all).toHaveLength(2)
        expect(all[1]).toMatchObject({ actor_id: adminId, action: "created", entity_type: "promotion", entity_id: promotion.data.promotion.id, entity_label: "RENTREE10" })

        // A deletion answers no label: it is read back from the deleted row.
        expect((await api.delete(`/admin/promotions/${promotion.data.promotion.id}`, admin)).status).toBe(200)
        const afterDelete = await entriesAfterSettling(3)
        expect(afterDelete).toHaveLength(3)
        expect(afterDelete[2]).toMatchObject({ action: "deleted", entity_type: "promotion", entity_label: "RENTREE10", summary: "Promotion supprimée : « RENTREE10 »" })
      })

      it("serves the journal filtered, summarised per person and as CSV, to admins only", async () => {
        const { data } = await api.get("/admin/products?limit=2&fields=id,title", admin)
        const [first, second] = data.products as { id: string }[]
        await api.post(`/admin/products/${first?.id}`, { title: "Tote bag" }, student)
        await api.post(`/admin/products/${second?.id}`, { subtitle: "Coton bio" }, student)
        await api.post("/admin/collections", { title: "Rentrée" }, admin)
        await entriesAfterSettling(3)

        expect((await api.get("/admin/activity", { validateStatus: () => true })).status).toBe(401)
        expect((await api.get("/admin/activity/summary", { validateStatus: () => true })).status).toBe(401)
        expect((await api.get("/admin/activity/export", { validateStatus: () => true })).status).toBe(401)

        const everything = await api.get("/admin/activity", admin)
        expect(everything.status).toBe(200)
        expect(everything.data.count).toBe(3)
        expect(everything.data.entries[0]).toMatchObject({ entity_type: "collection", entity_label: "Rentrée" })

        const byStudent = await api.get(`/admin/activity?actor_id=${studentId}&limit=1`, admin)
        expect(byStudent.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(byStudent.data.entries).toHaveLength(1)
        expect((await api.get("/admin/activity?entity_type=collection", admin)).data.count).toBe(1)
        expect((await api.get("/admin/activity?from=2000-01-01&to=2000-02-01", admin)).data.count).toBe(0)
        const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)
        expect((await api.get(`/admin/activity?from=2000-01-01&to=${tomorrow}`, admin)).data.count).toBe(3)

        for (const query of ["limit=0", "limit=abc", "from=hier", "from=2026-12-01&to=2026-11-01", "entity_type=DROP%20TABLE", "sort=x"]) {
          const response = await api.get(`/admin/activity?${query}`, admin)
          expect(response.status, query).toBe(400)
          expect(response.data.message).toBeTruthy()
        }

        const summary = await api.get("/admin/activity/summary", admin)
        expect(summary.status).toBe(200)
        expect(summary.data.actors).toHaveLength(2)
        expect(summary.data.actors[0]).toMatchObject({
          actor_id: studentId,
          actor_name: "Léa Martin",
          total: 2,
          by_entity_type: { product: 2 },
          by_action: { updated: 2 },
          counts: [{ entity_type: "product", action: "updated", count: 2 }],
        })
        expect(summary.data.actors[1]).toMatchObject({ actor_id: adminId, total: 1, by_entity_type: { collection: 1 }, by_action: { created: 1 } })

        // The raw bytes: axios would drop the byte order mark a spreadsheet needs.
        const csv = await api.get(`/admin/activity/export?actor_id=${studentId}`, { ...admin, responseType: "arraybuffer" })
        expect(csv.status).toBe(200)
        expect(csv.headers["content-type"]).toMatch(/text\/csv/)
        const text = Buffer.from(csv.data as ArrayBuffer).toString("utf8")
        const lines = text.split("\r\n")
        expect(lines[0]).toBe("\uFEFFDate;Personne;E-mail;Action;Type d'élément;Identifiant;Libellé;Résumé;Requête")
        expect(lines.filter((line) => line !== "")).toHaveLength(3)
        expect(lines[1]).toContain(";Léa Martin;lea@lycee.test;Modification;Produit;")
        expect(text).toContain("Produit modifié : « Tote bag »")

        // Reading the journal wrote nothing to it.
        expect(await entriesAfterSettling(3)).toHaveLength(3)
      })

      it("imports a class list once: a second run creates nobody and keeps the passwords", async () => {
        const container = getContainer()
        const again = await importAccounts(container, `${CLASS_LIST}Tom Petit;tom@lycee.test;élève\n`)
        expect(again.created.map((account) => account.email)).toEqual(["tom@lycee.test"])
        expect(again.skipped.map((account) => account.email)).toEqual(["claire@lycee.test", "lea@lycee.test"])
        const users = await container.resolve(Modules.USER).listUsers({ email: ["claire@lycee.test", "lea@lycee.test", "tom@lycee.test"] })
        expect(users).toHaveLength(3)
        expect(users.find((user) => user.email === "claire@lycee.test")?.metadata).toMatchObject({ role: "teacher" })
        // Léa's first password still works; Tom's works too.
        expect((await api.get("/admin/users/me", student)).status).toBe(200)
        const tom = await login("tom@lycee.test", again.created[0]?.password ?? "")
        expect((await api.get("/admin/users/me", tom)).status).toBe(200)

        // A list with a bad line creates nobody, and says what is wrong with every line.
        await expect(importAccounts(container, "nom;email;role\nZoé Roux;zoe@lycee.test;eleve\nMax;max@;eleve\n;x@lycee.test;prof\n")).rejects.toThrow(
          /ligne 3 : adresse e-mail invalide « max@ »[\s\S]*ligne 4 : nom manquant/
        )
        expect(await container.resolve(Modules.USER).listUsers({ email: "zoe@lycee.test" })).toHaveLength(0)
      })
    })
  },
})
