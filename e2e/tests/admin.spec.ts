import { expect, test } from "@playwright/test"
import { backendUrl } from "../stack"

test("l'administration /app accepte le compte de développement affiché au démarrage", async ({ page }) => {
  await page.goto(`${backendUrl}/app`)
  await page.getByRole("textbox", { name: /email/i }).fill("admin@comptoir.local")
  await page.getByPlaceholder(/password|mot de passe/i).fill("comptoir")
  await page.getByRole("button", { name: /continue|continuer|se connecter/i }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })

  // The catalogue created by the bootstrap is the one the admin manages.
  await page.goto(`${backendUrl}/app/products`)
  await expect(page.getByText("Tasse émaillée bleue")).toBeVisible({ timeout: 30_000 })
})

test("l'administration refuse un mauvais mot de passe", async ({ page }) => {
  await page.goto(`${backendUrl}/app`)
  await page.getByRole("textbox", { name: /email/i }).fill("admin@comptoir.local")
  await page.getByPlaceholder(/password|mot de passe/i).fill("pas-le-bon")
  await page.getByRole("button", { name: /continue|continuer|se connecter/i }).click()
  await expect(page.getByText(/invalid|incorrect/i)).toBeVisible()
  await expect(page).not.toHaveURL(/\/app\/orders/)
})
