import { expect, test } from "@playwright/test"
import { backendUrl } from "../stack"
import { logIn } from "./admin-session"

// The admin is a large single-page application: its first load on a busy 2-core machine is slow.
test.setTimeout(180_000)

test("l'administration /app s'ouvre en français et accepte le compte affiché au démarrage", async ({ page }) => {
  await page.goto(`${backendUrl}/app`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await expect(page.getByRole("heading", { name: "Bienvenue sur Medusa" })).toBeVisible({ timeout: 60_000 })
  await logIn(page, "comptoir")
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

  // The catalogue created by the bootstrap is the one the admin manages.
  await page.goto(`${backendUrl}/app/products?q=tasse`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await expect(page.getByText("Tasse émaillée bleue")).toBeVisible({ timeout: 30_000 })
})

test("l'administration refuse un mauvais mot de passe, en le disant", async ({ page }) => {
  await logIn(page, "pas-le-bon")
  // Medusa's admin shows the API's own (English) message here, whatever the interface language.
  await expect(page.getByText(/Invalid email or password|Mauvais email ou mot de passe/)).toBeVisible()
  await expect(page).not.toHaveURL(/\/app\/orders/)
})
