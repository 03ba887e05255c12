import { expect as baseExpect, test } from "@playwright/test"
import { backendUrl } from "../stack"
import { adminToken } from "./admin-api"
import { enterGuestContactAndAddress } from "./checkout-steps"

// Each checkout step is a server action that calls the Store API several times: on a busy
// 2-core machine one step can take longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 })

/**
 * The demo's free-shipping code typed in the cart, before any shipping method: Medusa alone
 * would drop it (it keeps only codes that discount something right away). The storefront
 * keeps it, says so, applies it right after the shipping step, and the order has it.
 */
test("un code de livraison offerte saisi au panier est appliqué après le choix du mode de livraison", async ({ page }) => {
  test.setTimeout(300_000)
  await page.goto("/produits/assiette-plate-gres")
  await page.getByRole("button", { name: "Tout refuser" }).click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assiette plate en grès")
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("link", { name: "Panier, 1 article" })).toBeVisible()

  await page.goto("/panier")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre panier")

  // An unknown code keeps its clear French refusal.
  await page.getByLabel("Votre code promo").fill("PASUNCODE")
  await page.getByRole("button", { name: "Appliquer" }).click()
  await expect(page.getByText("Le code « PASUNCODE » n’existe pas. Vérifiez son orthographe.")).toBeVisible()

  // The free-shipping code is kept for later, not refused.
  await page.getByLabel("Votre code promo").fill("LIVRAISONOFFERTE")
  await page.getByRole("button", { name: "Appliquer" }).click()
  const kept = "Livraison offerte : appliquée au choix du mode de livraison (code « LIVRAISONOFFERTE »)."
  await expect(page.getByText(kept).first()).toBeVisible()
  await expect(page.getByText(/ne s’applique pas/)).toHaveCount(0)
  // Still there after a reload: it is kept on the cart, not only in the page.
  await page.reload()
  await expect(page.getByText(kept).first()).toBeVisible()
  await expect(page.getByRole("button", { name: "Retirer le code LIVRAISONOFFERTE" })).toBeVisible()

  const email = `livraison-offerte-${Date.now()}@exemple.fr`
  await enterGuestContactAndAddress(page, email)

  // A paying option, so that "free" means the code worked.
  await page.getByRole("radio", { name: /Livraison en point relais/ }).check()
  await page.getByRole("button", { name: "Continuer" }).click()
  await expect(page.getByText("Le code « LIVRAISONOFFERTE » est appliqué : la livraison est offerte.")).toBeVisible()
  await expect(page.getByText("Paiement de démonstration").first()).toBeVisible()
  await page.getByRole("button", { name: "Continuer" }).click()

  await expect(page.getByRole("heading", { name: "Vérifiez votre commande" }).first()).toBeVisible()
  const summary = page.getByRole("complementary")
  await expect(summary.getByText("LIVRAISONOFFERTE")).toBeVisible()
  const shippingRow = summary.locator("dl > div", { hasText: "Livraison offerte" })
  await expect(shippingRow).toBeVisible()
  await expect(shippingRow.locator("dd")).toHaveText(/^0,00\s€$/)
  await page.getByRole("button", { name: "Confirmer la commande" }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci pour votre commande !", { timeout: 30_000 })
  await expect(page.locator("dl > div", { hasText: "Livraison offerte" }).locator("dd")).toHaveText(/^0,00\s€$/)

  // The order, as the back office sees it: shipping at 0 € by the code's adjustment.
  const token = await adminToken()
  const response = await fetch(
    `${backendUrl}/admin/orders?q=${encodeURIComponent(email)}&fields=email,shipping_total,*shipping_methods,*shipping_methods.adjustments`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  expect(response.status).toBe(200)
  const { orders } = (await response.json()) as {
    orders: { shipping_total: number; shipping_methods: { amount: number; adjustments: { code: string | null }[] }[] }[]
  }
  expect(orders).toHaveLength(1)
  const order = orders[0]!
  expect(order.shipping_total).toBe(0)
  expect(order.shipping_methods[0]?.amount).toBeGreaterThan(0)
  expect(order.shipping_methods.flatMap((method) => method.adjustments.map((adjustment) => adjustment.code))).toContain("LIVRAISONOFFERTE")
})
