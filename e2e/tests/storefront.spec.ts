import { expect, test } from "@playwright/test"

test.describe("la boutique", () => {
  test("la page d'accueil présente la boutique de démonstration en français, prix au format fr-FR", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", "fr")
    // The first `npm start` installs the demo shop.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Maison Lumignon")
    for (const section of ["Nos collections", "Nouveautés", "Promotions en cours", "Nos catégories"]) {
      await expect(page.getByRole("heading", { name: section })).toBeVisible()
    }
    await expect(page.getByText(/^4\d produits$/)).toBeVisible()
    expect(await page.getByRole("article").count()).toBeGreaterThanOrEqual(4)
    // 14,90 € with a (narrow) no-break space, as Intl formats French prices.
    await page.goto("/produits/tasse-emaillee-bleue")
    await expect(page.getByRole("main")).toContainText(/14,90\s€/)
  })

  test("une fiche produit s'ouvre depuis la recherche, et un produit inconnu répond 404", async ({ page }) => {
    await page.goto("/recherche?q=tablier")
    await page.getByRole("link", { name: /Tablier en lin naturel/ }).first().click()
    await expect(page).toHaveURL(/\/produits\/tablier-lin-naturel$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tablier en lin naturel")
    await expect(page).toHaveTitle(/Tablier en lin naturel/)

    const missing = await page.goto("/produits/ce-produit-n-existe-pas")
    expect(missing?.status()).toBe(404)
  })

  test("la boutique passe en anglais et revient en français", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("button", { name: "English" }).click()
    await expect(page.locator("html")).toHaveAttribute("lang", "en")
    await page.getByRole("button", { name: "Français" }).click()
    await expect(page.locator("html")).toHaveAttribute("lang", "fr")
  })
})
