import type { Page } from "@playwright/test"
import { backendUrl } from "../stack"

/** Logs into the admin /app with the development account that `npm start` prints. */
export async function logIn(page: Page, password = "comptoir") {
  await page.goto(`${backendUrl}/app`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await page.getByRole("textbox", { name: "Email" }).fill("admin@comptoir.local")
  await page.getByPlaceholder("Mot de passe").fill(password)
  await page.getByRole("button", { name: "Continuer avec l'email" }).click()
}
