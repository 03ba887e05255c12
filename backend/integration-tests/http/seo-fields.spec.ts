import http from "node:http"
import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError } from "@medusajs/framework/utils"
import bootstrap from "../../src/scripts/bootstrap"
import { DEVELOPMENT_SECRETS } from "../../src/config/schema"
import { SEO_MODULE } from "../../src/modules/seo"
import type SeoModuleService from "../../src/modules/seo/service"
import { STOREFRONT_REVALIDATION_MODULE } from "../../src/modules/storefront-revalidation"
import type StorefrontRevalidationModuleService from "../../src/modules/storefront-revalidation/service"
import { parseCsv } from "@comptoir/analytics"
import { revalidateBody } from "../../../storefront/src/app/api/revalidate/validators"

// A local server stands in for the storefront's revalidation webhook and records the tags it receives.
const receivedTags: string[][] = []
const storefront = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on("data", (chunk: Buffer) => chunks.push(chunk))
  request.on("end", () => {
    const parsed = revalidateBody.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8") || "null"))
    if (parsed.success) receivedTags.push(parsed.data.tags)
    response.writeHead(200, { "content-type": "application/json" }).end("{}")
  })
})
await new Promise<void>((resolve) => storefront.listen(9201, "127.0.0.1", resolve))
process.env.STOREFRONT_URL = `http://127.0.0.1:${(storefront.address() as AddressInfo).port}`
process.env.REVALIDATE_SECRET = "integration-revalidate-secret-0123456789"

// Medusa's runner puts the database back to its state after beforeAll before every test:
// each test writes the SEO fields it needs.

/**
 * The workflow's hook lets a test break it after the record and its link are written. It is
 * registered on the app's own copy of the workflow (Node's require, as the app loaded it): a copy
 * imported through vitest would be a second definition, not the one the routes run.
 */
const FAIL_AFTER_WRITE = "fail-after-write"
function breakUpsertAfterWrite() {
  const appRequire = createRequire(__filename)
  const { upsertSeoFieldsWorkflow } = appRequire("../../src/workflows/seo/upsert-seo-fields") as typeof import("../../src/workflows/seo/upsert-seo-fields")
  upsertSeoFieldsWorkflow.hooks.seoFieldsUpserted(({ seo }) => {
    if (seo.meta_title === FAIL_AFTER_WRITE) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "refused by the test hook")
  })
}

type Answer = { status: number; data: any; headers: Record<string, string> }
const XSS = `<script>alert("x")</script> Tasse & "café"`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    afterAll(() => new Promise<void>((resolve) => storefront.close(() => resolve())))

    let admin: { headers: Record<string, string> }
    let store: { headers: Record<string, string> }
    let product: { id: string; title: string; handle: string; images: Array<{ id: string }> }
    let collectionId = ""
    let categoryId = ""
    const send = (request: Promise<Answer>): Promise<Answer> => request.catch((error) => error.response as Answer)
    const seoService = () => getContainer().resolve<SeoModuleService>(SEO_MODULE)
    const linkRows = async (productId: string) => {
      const { data } = await getContainer().resolve("query").graph({ entity: "product", fields: ["id", "seo.id"], filters: { id: productId } })
      return data[0]?.seo ?? null
    }
    const flush = () => getContainer().resolve<StorefrontRevalidationModuleService>(STOREFRONT_REVALIDATION_MODULE).flush()
    /** Every tag the storefront was asked to revalidate, once `tag` arrived (or after 5 s). */
    const waitForTag = async (tag: string): Promise<Set<string>> => {
      const deadline = Date.now() + 5000
      while (Date.now() < deadline && !receivedTags.some((tags) => tags.includes(tag))) {
        await flush()
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return new Set(receivedTags.flat())
    }
    /** Sends what earlier writes left queued, so the next requests carry only what follows. */
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await flush()
      receivedTags.length = 0
    }

    beforeAll(async () => {
      breakUpsertAfterWrite()
      await bootstrap({ container: getContainer(), args: [] } as any)
      const { data: login } = await api.post("/auth/user/emailpass", {
        email: DEVELOPMENT_SECRETS.adminEmail,
        password: DEVELOPMENT_SECRETS.adminPassword,
      })
      admin = { headers: { authorization: `Bearer ${login.token as string}` } }
      const { data: config } = await api.get("/comptoir/storefront-config")
      store = { headers: { "x-publishable-api-key": config.publishable_key as string } }
      const { data } = await api.get("/admin/products?fields=id,title,handle,*images&limit=1&order=handle", admin)
      product = data.products[0]
      if (product.images.length === 0) {
        const { data: updated } = await api.post(
          `/admin/products/${product.id}?fields=id,title,handle,*images`,
          { images: [{ url: "http://localhost:9000/static/a.jpg" }, { url: "http://localhost:9000/static/b.jpg" }] },
          admin
        )
        product = updated.product
      }
      collectionId = (await api.post("/admin/collections", { title: "Collection d'été", handle: "ete" }, admin)).data.collection.id
      categoryId = (
        await api.post("/admin/product-categories", { name: "Arts de la table", handle: "arts-table", is_active: true }, admin)
      ).data.product_category.id
      await api.post(`/admin/products/${product.id}`, { collection_id: collectionId, categories: [{ id: categoryId }] }, admin)
    })

    it("refuses anonymous callers", async () => {
      expect((await send(api.get("/admin/seo/titles"))).status).toBe(401)
      expect((await send(api.post(`/admin/seo/product/${product.id}`, { meta_title: "x" }))).status).toBe(401)
      expect((await send(api.get("/admin/seo/export"))).status).toBe(401)
    })

    it("saves, reads, updates and deletes a product's SEO fields, keeping HTML as typed", async () => {
      const imageId = product.images[0]!.id
      const saved = await api.post(
        `/admin/seo/product/${product.id}`,
        { meta_title: `  ${XSS}  `, meta_description: "Une description", canonical_url: "/produits/tasse", image_alts: { [imageId]: " Tasse bleue " } },
        admin
      )
      expect(saved.data.seo).toMatchObject({
        entity_type: "product",
        entity_id: product.id,
        meta_title: XSS,
        meta_description: "Une description",
        noindex: false,
        canonical_url: "/produits/tasse",
        image_alts: { [imageId]: "Tasse bleue" },
      })
      expect((await linkRows(product.id))?.id).toBe(saved.data.seo.id)

      const partial = await api.post(`/admin/seo/product/${product.id}`, { noindex: true, meta_description: "" }, admin)
      expect(partial.data.seo).toMatchObject({ id: saved.data.seo.id, meta_title: XSS, meta_description: null, noindex: true })

      const read = await api.get(`/admin/seo/product/${product.id}`, admin)
      expect(read.data.seo.meta_title).toBe(XSS)
      expect(read.data.item).toMatchObject({
        handle: product.handle,
        // The page the admin's preview and advice judge: the storefront's fallback title and address.
        page_title: expect.stringMatching(new RegExp(`^${product.title} · .+`)),
        page_url: `${process.env.STOREFRONT_URL}/produits/${product.handle}`,
      })
      expect(read.data.item.images.map((image: { id: string }) => image.id)).toContain(imageId)

      const deleted = await api.delete(`/admin/seo/product/${product.id}`, admin)
      expect(deleted.data).toEqual({ id: saved.data.seo.id, deleted: true })
      expect((await api.get(`/admin/seo/product/${product.id}`, admin)).data.seo).toBeNull()
      expect(await linkRows(product.id)).toBeNull()
      expect((await send(api.delete(`/admin/seo/product/${product.id}`, admin))).status).toBe(404)
    })

    it("answers 400 with the reason for bad input and 404 for an unknown item", async () => {
      const bad = async (body: unknown, path = `/admin/seo/product/${product.id}`) => {
        const answer = await send(api.post(path, body, admin))
        return { status: answer.status, message: String(answer.data?.message ?? "") }
      }
      expect(await bad({ meta_title: "x".repeat(121) })).toMatchObject({ status: 400, message: expect.stringContaining("120") })
      expect(await bad({ canonical_url: "javascript:alert(1)" })).toMatchObject({ status: 400, message: expect.stringContaining("URL") })
      expect(await bad({ social_image_url: "//evil.example/x.png" })).toMatchObject({ status: 400 })
      expect(await bad({ noindex: "yes" })).toMatchObject({ status: 400 })
      expect(await bad({ colour: "blue" })).toMatchObject({ status: 400 })
      expect(await bad({ image_alts: { img_not_mine: "alt" } })).toMatchObject({ status: 400, message: expect.stringContaining("img_not_mine") })
      expect(await bad({ meta_title: "x" }, "/admin/seo/brand/abc")).toMatchObject({ status: 400, message: expect.stringContaining("entity_type") })
      expect(await bad({ meta_title: "x" }, "/admin/seo/product/prod_missing")).toMatchObject({ status: 404 })
      expect((await send(api.get("/admin/seo/collection/pcol_missing", admin))).status).toBe(404)
      expect(await seoService().listSeoFields({ entity_id: product.id })).toEqual([])
    })

    it("returns each item's SEO record through the store API's fields=*seo", async () => {
      await api.post(`/admin/seo/product/${product.id}`, { meta_title: "Titre produit" }, admin)
      await api.post(`/admin/seo/collection/${collectionId}`, { meta_title: "Titre collection", noindex: true }, admin)
      await api.post(`/admin/seo/category/${categoryId}`, { meta_description: "Description catégorie" }, admin)

      const products = await api.get(`/store/products?handle=${product.handle}&fields=id,*seo`, store)
      expect(products.data.products[0].seo).toMatchObject({ meta_title: "Titre produit", entity_id: product.id })
      const one = await api.get(`/store/products/${product.id}?fields=id,seo.meta_title`, store)
      expect(one.data.product.seo).toMatchObject({ meta_title: "Titre produit" })
      const collections = await api.get(`/store/collections?fields=id,*seo`, store)
      expect(collections.data.collections.find((c: { id: string }) => c.id === collectionId).seo).toMatchObject({ noindex: true })
      const categories = await api.get(`/store/product-categories?fields=id,*seo`, store)
      expect(categories.data.product_categories.find((c: { id: string }) => c.id === categoryId).seo).toMatchObject({
        meta_description: "Description catégorie",
      })

      const titles = await api.get("/admin/seo/titles", admin)
      expect(titles.data.items).toContainEqual({ entity_type: "product", entity_id: product.id, title: "Titre produit" })
      expect(titles.data.items).toContainEqual({ entity_type: "category", entity_id: categoryId, title: "Arts de la table" })
    })

    it("asks the storefront to revalidate the changed item's pages", async () => {
      await settle()
      await api.post(`/admin/seo/collection/${collectionId}`, { meta_description: "Les nouveautés de l'été" }, admin)
      expect([...(await waitForTag("collections"))]).toEqual(["collections"])
      await settle()
      await api.post(`/admin/seo/product/${product.id}`, { focus_keyword: "tasse" }, admin)
      expect([...(await waitForTag("products"))]).toEqual(["products"])
    })

    it("round-trips the CSV export, and an import with one bad line writes nothing", async () => {
      await api.post(`/admin/seo/product/${product.id}`, { meta_title: "Titre produit", noindex: true }, admin)
      await api.post(`/admin/seo/collection/${collectionId}`, { meta_description: "=1+1 n'est pas une formule" }, admin)
      // As bytes: axios would drop the byte order mark of a text answer.
      const exported = await api.get("/admin/seo/export", { ...admin, responseType: "arraybuffer" })
      expect(exported.headers["content-type"]).toMatch(/^text\/csv/)
      const csv = Buffer.from(exported.data).toString("utf8")
      expect(csv.startsWith("\uFEFF")).toBe(true)
      const parsed = parseCsv(csv)
      if (!parsed.ok) throw new Error(parsed.message)
      const [header, ...lines] = parsed.records
      expect(header!.cells.slice(0, 5)).toEqual(["entity_type", "entity_id", "handle", "title", "meta_title"])

      const importCsv = (text: string) => send(api.post("/admin/seo/import", text, { headers: { ...admin.headers, "content-type": "text/csv" } }))
      const same = await importCsv(csv)
      expect(same.data).toEqual({ updated: 0, unchanged: lines.length, errors: [] })

      const productLine = csv.split("\r\n").find((line) => line.includes(product.id))!
      const changed = csv.replace(productLine, productLine.replace(";Titre produit;", ';"Titre importé; avec <b>gras</b>";'))
      const before = await seoService().listSeoFields({}, { order: { entity_id: "ASC" } })
      const broken = `${changed}category;${categoryId};;;;;;ftp://nope;;;\r\nproduct;prod_missing;;;Titre;;;;non;;\r\n`
      const refused = await importCsv(broken)
      expect(refused.status).toBe(400)
      expect(refused.data.updated).toBe(0)
      expect(refused.data.errors.map((error: { line: number }) => error.line)).toEqual([lines.length + 2, lines.length + 3])
      expect(refused.data.errors[0].message).toMatch(/canonical_url/)
      expect(await seoService().listSeoFields({}, { order: { entity_id: "ASC" } })).toEqual(before)

      const accepted = await importCsv(changed)
      expect(accepted.data).toEqual({ updated: 1, unchanged: lines.length - 1, errors: [] })
      expect((await api.get(`/admin/seo/product/${product.id}`, admin)).data.seo.meta_title).toBe("Titre importé; avec <b>gras</b>")
      const again = await api.get("/admin/seo/export", { ...admin, responseType: "arraybuffer" })
      expect(Buffer.from(again.data).toString("utf8")).toBe(changed)
    })

    it("undoes the record and its link when the workflow fails after writing them", async () => {
      const created = await send(api.post(`/admin/seo/category/${categoryId}`, { meta_title: FAIL_AFTER_WRITE }, admin))
      expect(created.status).toBe(400)
      expect(await seoService().listSeoFields({ entity_id: categoryId })).toEqual([])
      const { data } = await getContainer().resolve("query").graph({ entity: "product_category", fields: ["id", "seo.id"], filters: { id: categoryId } })
      expect(data[0]?.seo ?? null).toBeNull()

      const before = (await api.post(`/admin/seo/product/${product.id}`, { meta_title: "Avant", focus_keyword: "tasse" }, admin)).data.seo
      const updated = await send(api.post(`/admin/seo/product/${product.id}`, { meta_title: FAIL_AFTER_WRITE, noindex: true }, admin))
      expect(updated.status).toBe(400)
      const after = (await api.get(`/admin/seo/product/${product.id}`, admin)).data.seo
      expect({ ...after, updated_at: null }).toEqual({ ...before, updated_at: null })
    })

    it("removes a product's SEO record with the product", async () => {
      await api.post(`/admin/seo/product/${product.id}`, { meta_title: "Bientôt supprimé" }, admin)
      expect(await seoService().listSeoFields({ entity_id: product.id })).toHaveLength(1)
      await api.delete(`/admin/products/${product.id}`, admin)
      expect(await seoService().listSeoFields({ entity_id: product.id })).toEqual([])
    })
  },
})
