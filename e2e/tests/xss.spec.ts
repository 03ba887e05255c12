import { expect, test } from "@playwright/test"
import { backendUrl, storefrontUrl } from "../stack"
import { adminApi, adminToken } from "./admin-api"
import { logIn } from "./admin-session"
import { ALL_PAYLOADS, PAYLOADS, expectInert, jsonLdBlocks, rawMarkupIn, stringsOf, watchDialogs } from "./xss-corpus"

/**
 * Stored XSS: every text a student can type in the admin (product, SEO fields, promotion and
 * campaign, the shop's name shown on the legal pages) and every text a visitor can send to the
 * capture endpoint (product title, search term) comes back as inert text in the storefront, its
 * JSON-LD, the admin's widgets and reports, and the jury's shared report.
 */

// The admin is a large single-page application: its first load on a busy 2-core machine is slow.
test.setTimeout(240_000)
test.describe.configure({ mode: "serial" })

const RUN = Date.now().toString(36)
/** A word only this run's product has, to find it with the storefront's search. */
const MARKER = `zxq${RUN}`
const TITLE = `Bougie ${MARKER} ${ALL_PAYLOADS}`
const META_TITLE = `${PAYLOADS[1]} ${PAYLOADS[3]}`
const META_DESCRIPTION = PAYLOADS.slice(0, 6).join(" ")
const FOCUS_KEYWORD = PAYLOADS[2]
const IMAGE_ALT = `${PAYLOADS[3]} ${PAYLOADS[7]}`
const CAMPAIGN_NAME = `Soldes ${PAYLOADS[0]} ${RUN}`

/** A week long gone (as statistics.spec.ts does) so the captured events touch no other report. */
const PAST_WEEK = "period=custom&from=2023-05-08&to=2023-05-14&compare=0"
const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"
const CAPTURED_PRODUCT_ID = "prod_e2e_xss"

type Created = {
  token: string
  productId: string
  handle: string
  categoryHandle: string | null
  campaignId: string
  promotionId: string
  promotionCode: string
  store: { id: string; name: string }
}
let created: Created

test.beforeAll(async () => {
  const token = await adminToken()
  const { sales_channels } = await adminApi<{ sales_channels: { id: string }[] }>(token, "/admin/sales-channels?limit=1")
  const { products } = await adminApi<{ products: { images: { url: string }[] }[] }>(
    token,
    "/admin/products?handle=tasse-emaillee-bleue&fields=id,*images",
  )
  const imageUrl = products[0]?.images[0]?.url
  const { product_categories } = await adminApi<{ product_categories: { id: string; handle: string }[] }>(
    token,
    "/admin/product-categories?limit=1&fields=id,handle",
  )
  const category = product_categories[0] ?? null
  const handle = `bougie-piegee-${RUN}`
  const { product } = await adminApi<{ product: { id: string; images: { id: string }[] } }>(token, "/admin/products", {
    method: "POST",
    body: {
      title: TITLE,
      subtitle: PAYLOADS[6],
      handle,
      status: "published",
      description: `Une description piégée : ${ALL_PAYLOADS}`,
      sales_channels: [{ id: sales_channels[0]!.id }],
      ...(category ? { categories: [{ id: category.id }] } : {}),
      ...(imageUrl ? { images: [{ url: imageUrl }], thumbnail: imageUrl } : {}),
      options: [{ title: "Taille", values: ["Unique"] }],
      variants: [{ title: "Unique", options: { Taille: "Unique" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 12 }] }],
    },
  })
  const imageId = product.images[0]?.id
  await adminApi(token, `/admin/seo/product/${product.id}`, {
    method: "POST",
    body: {
      meta_title: META_TITLE,
      meta_description: META_DESCRIPTION,
      focus_keyword: FOCUS_KEYWORD,
      ...(imageId ? { image_alts: { [imageId]: IMAGE_ALT } } : {}),
    },
  })

  const { campaign } = await adminApi<{ campaign: { id: string } }>(token, "/admin/campaigns", {
    method: "POST",
    body: { name: CAMPAIGN_NAME, campaign_identifier: `XSS-${RUN}`, description: ALL_PAYLOADS },
  })
  const { promotion } = await adminApi<{ promotion: { id: string; code: string } }>(token, "/admin/promotions", {
    method: "POST",
    body: {
      code: `XSS${RUN}${PAYLOADS[3]}`,
      type: "standard",
      status: "active",
      is_automatic: false,
      campaign_id: campaign.id,
      application_method: { type: "percentage", target_type: "order", value: 10, currency_code: "eur" },
    },
  })

  const { stores } = await adminApi<{ stores: { id: string; name: string }[] }>(token, "/admin/stores?fields=id,name")
  const store = stores[0]!
  created = {
    token,
    productId: product.id,
    handle,
    categoryHandle: category?.handle ?? null,
    campaignId: campaign.id,
    promotionId: promotion.id,
    promotionCode: promotion.code,
    store: { id: store.id, name: store.name },
  }
})

test.afterAll(async () => {
  if (!created) return
  const { token } = created
  // One after the other: the campaign goes once its promotion is gone.
  const steps: [string, { method: string; body?: unknown }][] = [
    [`/admin/products/${created.productId}`, { method: "DELETE" }],
    [`/admin/promotions/${created.promotionId}`, { method: "DELETE" }],
    [`/admin/campaigns/${created.campaignId}`, { method: "DELETE" }],
    [`/admin/stores/${created.store.id}`, { method: "POST", body: { name: created.store.name } }],
  ]
  const failed: string[] = []
  for (const [path, init] of steps) await adminApi(token, path, init).catch((error: Error) => failed.push(error.message))
  expect(failed, "cleanup").toEqual([])
})

test("une fiche produit piégée (titre, description, champs SEO) reste du texte, dans la page comme dans le JSON-LD", async ({ page }) => {
  const dialogs = watchDialogs(page)
  const response = await page.goto(`/produits/${created.handle}`)
  expect(response?.status()).toBe(200)
  const html = (await response?.text()) ?? ""
  expect(rawMarkupIn(html)).toEqual([])

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE)
  await expect(page.getByText(`Une description piégée : ${ALL_PAYLOADS}`)).toBeVisible()
  // The SEO fields: the meta title is the document's title, the alt text the image's.
  await expect.poll(() => page.title(), { timeout: 30_000 }).toBe(META_TITLE)
  const description = await page.locator('meta[name="description"]').getAttribute("content")
  expect(description).toBe(META_DESCRIPTION)
  await expect(page.getByAltText(IMAGE_ALT, { exact: true }).first()).toBeAttached()

  const blocks = await jsonLdBlocks(page)
  expect(blocks.length).toBeGreaterThan(0)
  const strings = blocks.flatMap(stringsOf)
  expect(strings).toContain(TITLE)
  expect(strings).toContain(META_DESCRIPTION)
  await expectInert(page, dialogs, "fiche produit")

  // The payload whose handler needs a pointer: hovering every trapped text runs nothing.
  await page.getByRole("heading", { level: 1 }).hover()
  await expectInert(page, dialogs, "fiche produit survolée")
})

test("la recherche, la catégorie et le plan du site listent le produit piégé sans l'exécuter", async ({ page, request }) => {
  const dialogs = watchDialogs(page)
  // The catalogue is cached and revalidated by the backend's webhook: the new product shows within seconds.
  await expect
    .poll(
      async () => {
        await page.goto(`/recherche?q=${MARKER}`)
        return page.getByText(TITLE).count()
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBeGreaterThan(0)
  await expectInert(page, dialogs, "recherche")

  // The search term itself comes back in the page (title, heading, analytics event).
  const reflected = await page.goto(`/recherche?q=${encodeURIComponent(ALL_PAYLOADS)}`)
  expect(rawMarkupIn((await reflected?.text()) ?? "")).toEqual([])
  await expectInert(page, dialogs, "recherche d'une charge")

  if (created.categoryHandle) {
    const response = await page.goto(`/categories/${created.categoryHandle}`)
    expect(response?.status()).toBe(200)
    expect(rawMarkupIn((await response?.text()) ?? "")).toEqual([])
    for (const block of await jsonLdBlocks(page)) expect(typeof block).toBe("object")
    await expectInert(page, dialogs, "catégorie")
  }

  const sitemap = await request.get("/sitemap.xml")
  const xml = await sitemap.text()
  expect(xml).toContain(`${storefrontUrl}/produits/${created.handle}`)
  expect(rawMarkupIn(xml)).toEqual([])
})

test("un nom de boutique piégé s'affiche comme du texte sur les pages légales et dans le JSON-LD", async ({ page }) => {
  const { token, store } = created
  const trapped = `Boutique ${PAYLOADS[1]} ${PAYLOADS[3]}`
  await adminApi(token, `/admin/stores/${store.id}`, { method: "POST", body: { name: trapped } })
  try {
    const dialogs = watchDialogs(page)
    for (const path of ["/mentions-legales", "/cgv", "/confidentialite", "/cookies"]) {
      await expect
        .poll(
          async () => {
            await page.goto(path)
            return page.locator("body").innerText()
          },
          { timeout: 30_000, intervals: [500, 1000, 2000] },
        )
        .toContain(trapped)
      expect(rawMarkupIn(await page.content())).toEqual([])
      await expectInert(page, dialogs, path)
    }
    const response = await page.goto("/")
    expect(rawMarkupIn((await response?.text()) ?? "")).toEqual([])
    expect((await jsonLdBlocks(page)).flatMap(stringsOf)).toContain(trapped)
    await expectInert(page, dialogs, "accueil")
  } finally {
    await adminApi(token, `/admin/stores/${store.id}`, { method: "POST", body: { name: store.name } })
  }
  // Later specs read the shop's real name: wait for the storefront to serve it again.
  await expect
    .poll(
      async () => {
        await page.goto("/mentions-legales")
        return page.locator("body").innerText()
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .not.toContain(trapped)
})

test("l'administration montre le produit, son SEO et la promotion piégés comme du texte", async ({ page }) => {
  const dialogs = watchDialogs(page)
  await sendTrappedEvents()
  await logIn(page)
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 60_000 })

  await page.goto(`${backendUrl}/app/products/${created.productId}`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await expect(page.getByRole("heading", { name: "Référencement (SEO)" })).toBeVisible({ timeout: 60_000 })
  await expect(page.getByText(TITLE, { exact: true }).first()).toBeVisible()
  await expect(page.getByLabel("Titre SEO")).toHaveValue(META_TITLE)
  // The Google preview shows the title as the storefront sends it (escaped text, cut at ~60
  // characters), and builds no element from it.
  await expect(page.getByTestId("seo-serp-preview")).toBeVisible()
  await expect(page.getByTestId("seo-serp-title")).toContainText(PAYLOADS[1].slice(0, 40))
  expect(await page.getByTestId("seo-serp-preview").locator("script, img, svg").count()).toBe(0)
  await expectInert(page, dialogs, "fiche produit de l'administration")

  // Statistiques > Produits: a product title and a search term as a visitor's browser sent them.
  await page.goto(`${backendUrl}/app/statistiques/produits?${PAST_WEEK}`)
  await expect(page.getByText(PAYLOADS[3], { exact: true }).first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(PAYLOADS[0].toLowerCase(), { exact: true }).first()).toBeVisible()
  await expectInert(page, dialogs, "statistiques produits")

  // Statistiques > Promotions: every active promotion and current campaign, used or not.
  await page.goto(`${backendUrl}/app/statistiques/promotions`)
  await expect(page.getByText(created.promotionCode, { exact: true }).first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText(CAMPAIGN_NAME, { exact: true }).first()).toBeVisible()
  await expectInert(page, dialogs, "statistiques promotions")
})

test("le rapport partagé avec le jury échappe le code et la campagne piégés", async ({ page }) => {
  const to = new Date()
  const from = new Date(to.getTime() - 7 * 86_400_000)
  const { link, url } = await adminApi<{ link: { id: string }; url: string }>(created.token, "/admin/rapport/liens", {
    method: "POST",
    body: { from: from.toISOString(), to: to.toISOString(), validity_days: 1, label: `Jury ${PAYLOADS[0]}` },
  })
  try {
    const dialogs = watchDialogs(page)
    const response = await page.goto(`${url}${url.includes("?") ? "&" : "?"}format=html`)
    expect(response?.status()).toBe(200)
    expect(rawMarkupIn((await response?.text()) ?? "")).toEqual([])
    await expect(page.getByText(created.promotionCode, { exact: true }).first()).toBeVisible()
    await expect(page.getByText(CAMPAIGN_NAME, { exact: true }).first()).toBeVisible()
    await expectInert(page, dialogs, "rapport du jury")
  } finally {
    await adminApi(created.token, `/admin/rapport/liens/${link.id}`, { method: "DELETE" })
  }
})

/**
 * A product view and a search, sent as a visitor's browser would, with trapped texts: anyone can
 * post to the capture endpoint, so these reach the admin's reports unchecked by any student.
 * Fixed event ids: a second run adds nothing.
 */
async function sendTrappedEvents() {
  const properties = {
    $session_id: "e2e-xss-visit",
    $host: new URL(storefrontUrl).host,
    $device_type: "Desktop",
    $browser: "Chrome",
    $os: "Linux",
    $ignore_sent_at: true,
  }
  const event = (index: number, name: string, timestamp: string, extra: Record<string, unknown>) => ({
    uuid: `0190e2e0-5a75-7000-9000-${String(index).padStart(12, "0")}`,
    event: name,
    distinct_id: "e2e-xss-visitor",
    timestamp,
    properties: { ...properties, ...extra },
  })
  const page = "/produits/bougie-piegee"
  const batch = [
    event(1, "$pageview", "2023-05-09T10:00:00Z", { $current_url: `${storefrontUrl}${page}`, $pathname: page }),
    event(2, "product_viewed", "2023-05-09T10:00:01Z", {
      $current_url: `${storefrontUrl}${page}`,
      $pathname: page,
      product_id: CAPTURED_PRODUCT_ID,
      product_title: PAYLOADS[3],
    }),
    event(3, "search_performed", "2023-05-09T10:01:00Z", {
      $current_url: `${storefrontUrl}/recherche`,
      $pathname: "/recherche",
      query: PAYLOADS[0],
      results_count: 0,
    }),
  ]
  const response = await fetch(`${backendUrl}/ingest/batch`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": BROWSER_UA },
    body: JSON.stringify({ api_key: "e2e", batch }),
  })
  expect(response.status, await response.text()).toBe(200)
}
