import { expect, test } from "@playwright/test"

test.describe("la boutique", () => {
  test("la page d'accueil présente le catalogue en français, prix au format fr-FR", async ({ page }) => {
    const response = await page.goto("/")
    expect(response?.status()).toBe(200)
    await expect(page.locator("html")).toHaveAttribute("lang", "fr")
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comptoir — boutique de démonstration")
    const card = (title: string) => page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) })
    await expect(card("Tasse émaillée bleue")).toBeVisible()
    // 14,90 € with a (narrow) no-break space, as Intl formats French prices.
    await expect(card("Tasse émaillée bleue")).toContainText(/14,90\s€/)
    await expect(card("Carnet en papier recyclé")).toContainText(/À partir de 7,50\s€/)
    await expect(page.getByRole("article")).toHaveCount(4)
  })

  test("une fiche produit s'ouvre depuis l'accueil, et un produit inconnu répond 404", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("link", { name: /Tablier en lin naturel/ }).click()
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
