import { expect, test, type Page } from "@playwright/test"
import { storefrontUrl } from "../stack"
import { adminApi, adminToken } from "./admin-api"

/** The head a search engine reads: what students are assessed on. */
async function head(page: Page) {
  return page.evaluate(() => {
    const meta = (selector: string) => document.head.querySelector(selector)?.getAttribute("content") ?? null
    return {
      title: document.title,
      description: meta('meta[name="description"]'),
      robots: meta('meta[name="robots"]'),
      canonical: document.head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null,
      ogTitle: meta('meta[property="og:title"]'),
      twitterCard: meta('meta[name="twitter:card"]'),
      h1Count: document.querySelectorAll("h1").length,
      imagesWithoutAlt: Array.from(document.images).filter((image) => !image.hasAttribute("alt")).length,
      jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((script) => script.textContent ?? ""),
    }
  })
}

type JsonLdNode = { "@type": string; [key: string]: unknown }

function nodes(blocks: string[]): JsonLdNode[] {
  return blocks.flatMap((block) => {
    const parsed = JSON.parse(block) as JsonLdNode | JsonLdNode[]
    return Array.isArray(parsed) ? parsed : [parsed]
  })
}

test("la fiche produit a un en-tête complet pour les moteurs de recherche", async ({ page }) => {
  const response = await page.goto("/produits/tasse-emaillee-bleue")
  expect(response?.status()).toBe(200)
  const seo = await head(page)
  expect(seo.title).toContain("Tasse émaillée bleue")
  expect(seo.description?.length ?? 0).toBeGreaterThan(50)
  expect(seo.canonical).toBe(`${storefrontUrl}/produits/tasse-emaillee-bleue`)
  expect(seo.ogTitle).toContain("Tasse émaillée bleue")
  expect(seo.twitterCard).toBeTruthy()
  expect(seo.robots ?? "").not.toContain("noindex")
  expect(seo.h1Count).toBe(1)
  expect(seo.imagesWithoutAlt).toBe(0)

  const product = nodes(seo.jsonLd).find((node) => node["@type"] === "Product")
  expect(product).toMatchObject({ name: "Tasse émaillée bleue", brand: { "@type": "Brand", name: "Maison Lumignon" } })
  const offer = (Array.isArray(product!.offers) ? product!.offers[0] : product!.offers) as Record<string, string>
  expect(offer.priceCurrency).toBe("EUR")
  expect(Number(offer.price)).toBeGreaterThan(0)
  expect(offer.availability).toMatch(/^https:\/\/schema\.org\/(InStock|LimitedAvailability|OutOfStock)$/)
  expect(offer.url).toBe(`${storefrontUrl}/produits/tasse-emaillee-bleue`)
  expect(nodes(seo.jsonLd).some((node) => node["@type"] === "BreadcrumbList")).toBe(true)
})

test("le plan du site liste les produits publiés, et robots.txt y renvoie", async ({ request }) => {
  const robots = await request.get("/robots.txt")
  expect(robots.status()).toBe(200)
  expect(await robots.text()).toContain(`Sitemap: ${storefrontUrl}/sitemap.xml`)

  const sitemap = await request.get("/sitemap.xml")
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  expect(urls).toContain(`${storefrontUrl}/`)
  expect(urls).toContain(`${storefrontUrl}/produits/tasse-emaillee-bleue`)
  expect(urls.filter((url) => url?.includes("/produits/")).length).toBeGreaterThanOrEqual(40)
  expect(urls.some((url) => url?.includes("/panier") || url?.includes("/commande"))).toBe(false)
})

test("un nom de produit piégé s'affiche comme du texte, dans la page comme dans le JSON-LD", async ({ page }) => {
  const payload = "</script><script>alert(1)</script>"
  const handle = `produit-piege-${Date.now()}`
  const token = await adminToken()
  const { sales_channels } = await adminApi<{ sales_channels: { id: string }[] }>(token, "/admin/sales-channels?limit=1")
  await adminApi(token, "/admin/products", {
    method: "POST",
    body: {
      title: `Bougie ${payload}`,
      handle,
      status: "published",
      description: `Une description <img src=x onerror=alert(2)> ${payload}`,
      sales_channels: [{ id: sales_channels[0]!.id }],
      options: [{ title: "Taille", values: ["Unique"] }],
      variants: [
        { title: "Unique", options: { Taille: "Unique" }, manage_inventory: false, prices: [{ currency_code: "eur", amount: 12 }] },
      ],
    },
  })

  const dialogs: string[] = []
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const response = await page.goto(`/produits/${handle}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Bougie ${payload}`)

  const html = (await response?.text()) ?? ""
  expect(html).not.toContain("<script>alert(1)</script>")
  expect(html).not.toContain("<img src=x onerror")
  const product = nodes((await head(page)).jsonLd).find((node) => node["@type"] === "Product")
  expect(product?.name).toBe(`Bougie ${payload}`)
  await page.waitForTimeout(500)
  expect(dialogs).toEqual([])
})
