import { expect, test } from "@playwright/test"
import { backendUrl } from "../stack"
import { adminApi, adminToken } from "./admin-api"
import { logIn } from "./admin-session"

// The admin is a large single-page application: its first load on a busy 2-core machine is slow.
test.setTimeout(240_000)

const HANDLE = "stylo-plume-laiton"

test("un titre SEO saisi dans l'administration devient le <title> de la fiche produit", async ({ page }) => {
  const token = await adminToken()
  const { products } = await adminApi<{ products: { id: string; title: string }[] }>(token, `/admin/products?handle=${HANDLE}&fields=id,title`)
  const product = products[0]
  if (!product) throw new Error(`no product ${HANDLE} in the demo shop`)
  const metaTitle = `Stylo plume en laiton gravé, cadeau d'écriture ${Date.now() % 100000}`

  await logIn(page)
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 60_000 })
  await page.goto(`${backendUrl}/app/products/${product.id}`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await expect(page.getByRole("heading", { name: "Référencement (SEO)" })).toBeVisible({ timeout: 60_000 })

  const field = page.getByLabel("Titre SEO")
  await field.fill(metaTitle)
  // The Google preview and the advice follow what is typed, before anything is saved.
  await expect(page.getByTestId("seo-serp-title")).toContainText("Stylo plume en laiton gravé")
  await page.getByRole("button", { name: "Enregistrer" }).click()
  await expect(page.getByText("Référencement enregistré")).toBeVisible({ timeout: 30_000 })

  // Saving revalidates the storefront's page: the new title is served within seconds.
  await expect
    .poll(
      async () => {
        await page.goto(`/produits/${HANDLE}`)
        return page.title()
      },
      { timeout: 30_000, intervals: [500, 1000, 2000] },
    )
    .toBe(metaTitle)
})
