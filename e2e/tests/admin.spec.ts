import { expect, test, type Page } from "@playwright/test"
import { backendUrl } from "../stack"

async function logIn(page: Page, password: string) {
  await page.goto(`${backendUrl}/app`)
  await page.getByRole("textbox", { name: "Email" }).fill("admin@comptoir.local")
  await page.getByPlaceholder("Mot de passe").fill(password)
  await page.getByRole("button", { name: "Continuer avec l'email" }).click()
}

test("l'administration /app s'ouvre en français et accepte le compte affiché au démarrage", async ({ page }) => {
  await page.goto(`${backendUrl}/app`)
  await expect(page.getByRole("heading", { name: "Bienvenue sur Medusa" })).toBeVisible()
  await logIn(page, "comptoir")
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

  // The catalogue created by the bootstrap is the one the admin manages.
  await page.goto(`${backendUrl}/app/products`)
  await expect(page.getByText("Tasse émaillée bleue")).toBeVisible({ timeout: 30_000 })
})

test("l'administration refuse un mauvais mot de passe, en le disant", async ({ page }) => {
  await logIn(page, "pas-le-bon")
  // Medusa's admin shows the API's own (English) message here, whatever the interface language.
  await expect(page.getByText(/Invalid email or password|Mauvais email ou mot de passe/)).toBeVisible()
  await expect(page).not.toHaveURL(/\/app\/orders/)
})
