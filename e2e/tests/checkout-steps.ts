import { expect, type Page } from "@playwright/test"

/**
 * From the cart to the shipping step, as a guest: the e-mail step, then the delivery address
 * (a Lyon address the demo's France region ships to). Shared by the purchase specs.
 */
export async function enterGuestContactAndAddress(page: Page, email: string): Promise<void> {
  await page.getByRole("link", { name: "Passer la commande" }).click()
  await expect(page).toHaveURL(/\/commande/)
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByRole("button", { name: "Continuer" }).click()

  await page.getByLabel("Prénom").fill("Camille")
  await page.getByLabel("Nom", { exact: true }).fill("Durand")
  await page.getByLabel("Adresse (numéro et rue)").fill("12 rue de la République")
  await page.getByLabel("Code postal").fill("69002")
  await page.getByLabel("Ville").fill("Lyon")
  await page.getByRole("button", { name: "Continuer" }).click()
}
