import { expect as baseExpect, test } from "@playwright/test"
import { backendUrl } from "../stack"
import { adminToken } from "./admin-api"
import { enterGuestContactAndAddress } from "./checkout-steps"

// Each checkout step is a server action that calls the Store API several times: on a busy
// 2-core machine one step can take longer than the default 10 s.
const expect = baseExpect.configure({ timeout: 30_000 })

/**
 * A visitor's whole purchase in the demo shop, as a classmate would make it: search, two
 * variants of one product, a promo code, the five checkout steps with the demonstration
 * payment, the confirmation — then the order as the admin API (the student's back office) sees it.
 */
test("un visiteur trouve un produit, en commande deux versions avec un code promo, et la commande arrive dans l'administration", async ({
  page,
}) => {
  test.setTimeout(300_000)
  await page.goto("/")
  await page.getByRole("button", { name: "Tout refuser" }).click()

  // Search from the header, as a visitor does.
  const search = page.getByRole("search").first()
  await search.getByRole("searchbox").fill("assiette")
  await search.getByRole("searchbox").press("Enter")
  await expect(page).toHaveURL(/\/recherche\?q=assiette/)
  await expect(page.getByText(/produits? correspond/)).toBeVisible()
  await page.getByRole("link", { name: /Assiette plate en grès/ }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assiette plate en grès")

  // Two variants: the default one, then the other colour (a visitor clicks the colour's label).
  await expect(page.getByRole("radio", { name: "Sable" })).toBeChecked()
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("link", { name: "Panier, 1 article" })).toBeVisible()
  await page.locator("label", { hasText: "Ardoise" }).click()
  await expect(page.getByRole("radio", { name: "Ardoise" })).toBeChecked()
  await expect(page.getByText("Référence : ASSIETTE-GRES-ARDOISE")).toBeVisible()
  await page.getByRole("button", { name: "Ajouter au panier" }).click()
  await expect(page.getByRole("link", { name: "Panier, 2 articles" })).toBeVisible()

  await page.goto("/panier")
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre panier")
  for (const colour of ["Sable", "Ardoise"]) {
    await expect(page.getByRole("button", { name: `Retirer Assiette plate en grès – ${colour} du panier` })).toBeVisible()
  }

  // An unknown code is refused in French, then a real one applies.
  await page.getByLabel("Votre code promo").fill("PASUNCODE")
  await page.getByRole("button", { name: "Appliquer" }).click()
  await expect(page.getByText("Le code « PASUNCODE » n’existe pas. Vérifiez son orthographe.")).toBeVisible()
  await page.getByLabel("Votre code promo").fill("BIENVENUE10")
  await page.getByRole("button", { name: "Appliquer" }).click()
  await expect(page.getByText("Le code « BIENVENUE10 » est appliqué.")).toBeVisible()
  await expect(page.getByText("Réductions")).toBeVisible()

  const email = `visiteur-${Date.now()}@exemple.fr`
  await enterGuestContactAndAddress(page, email)

  await expect(page.getByText("Mode de livraison")).toBeVisible()
  await page.getByRole("button", { name: "Continuer" }).click()
  await expect(page.getByText("Paiement de démonstration").first()).toBeVisible()
  await page.getByRole("button", { name: "Continuer" }).click()
  await expect(page.getByRole("heading", { name: "Vérifiez votre commande" }).first()).toBeVisible()
  await page.getByRole("button", { name: "Confirmer la commande" }).click()

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merci pour votre commande !", { timeout: 30_000 })
  const numberText = await page.getByText(/Commande n° \d+/).textContent()
  const displayId = Number(numberText?.match(/\d+/)?.[0])
  expect(displayId).toBeGreaterThan(0)

  // The order, as the back office sees it: two lines, the code used, paid by the demo provider.
  const token = await adminToken()
  const response = await fetch(
    `${backendUrl}/admin/orders?q=${encodeURIComponent(email)}&fields=display_id,email,total,discount_total,*items,*items.adjustments,*payment_collections`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  expect(response.status).toBe(200)
  const { orders } = (await response.json()) as {
    orders: {
      display_id: number
      email: string
      discount_total: number
      items: { variant_title: string; quantity: number; adjustments: { code: string | null }[] }[]
    }[]
  }
  expect(orders).toHaveLength(1)
  const order = orders[0]!
  expect(order.display_id).toBe(displayId)
  expect(order.items.map((item) => item.variant_title).sort()).toEqual(["Ardoise", "Sable"])
  expect(order.discount_total).toBeGreaterThan(0)
  expect(order.items.flatMap((item) => item.adjustments.map((adjustment) => adjustment.code))).toContain("BIENVENUE10")
})
