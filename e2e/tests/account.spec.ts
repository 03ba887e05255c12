import { expect, type Page, test } from "@playwright/test"

/** A new customer per run: the e2e database keeps the accounts of earlier runs. */
const email = `client.${Date.now()}@exemple.fr`
const password = "Lumignon2026"

async function logIn(page: Page, withPassword: string) {
  await page.getByLabel("Adresse e-mail").fill(email)
  await page.getByLabel("Mot de passe", { exact: true }).fill(withPassword)
  await page.getByRole("button", { name: "Se connecter" }).click()
}

test.describe("le compte client", () => {
  test("inscription, déconnexion, connexion, commandes et adresses", async ({ page }) => {
    await page.goto("/")
    await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).click()
    await expect(page).toHaveURL(/\/compte\/connexion$/)
    await page.getByRole("link", { name: "Créer un compte" }).click()
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Créer un compte")
    // The rules are shown before anyone types, and tied to the field.
    await expect(page.getByLabel("Mot de passe")).toHaveAccessibleDescription(/Au moins 8 caractères/)

    await page.getByLabel("Prénom").fill("Léa")
    await page.getByLabel("Nom", { exact: true }).fill("Martin")
    await page.getByLabel("Adresse e-mail").fill(email)
    await page.getByLabel("Mot de passe").fill("motdepasse")
    await page.getByRole("button", { name: "Créer mon compte" }).click()
    await expect(page.getByText("Le mot de passe doit contenir au moins un chiffre.")).toBeVisible()
    // What was typed stays, except the password.
    await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email)

    await page.getByLabel("Mot de passe").fill(password)
    await page.getByRole("button", { name: "Créer mon compte" }).click()
    await expect(page).toHaveURL(/\/compte\?bienvenue=1$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mon compte")
    await expect(page.getByText("Bonjour Léa !")).toBeVisible()
    await expect(page.getByRole("banner").getByRole("link", { name: "Mon compte" })).toBeVisible()
    // Account pages stay out of search engines.
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/)

    await page.getByRole("button", { name: "Se déconnecter" }).click()
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole("banner").getByRole("link", { name: "Se connecter" })).toBeVisible()
    const closed = await page.goto("/compte/commandes")
    expect(closed?.status()).toBe(200)
    await expect(page).toHaveURL(/\/compte\/connexion\?retour=%2Fcompte%2Fcommandes$/)

    await logIn(page, "pas-le-bon-1")
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.")
    await logIn(page, password)
    await expect(page).toHaveURL(/\/compte\/commandes$/)
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes commandes")
    await expect(page.getByText("Vous n’avez encore passé aucune commande.")).toBeVisible()

    await page.getByRole("link", { name: "Mes adresses" }).click()
    await expect(page.getByText("Aucune adresse enregistrée pour le moment.")).toBeVisible()
    await page.getByRole("link", { name: "Ajouter une adresse" }).click()
    await page.getByLabel("Prénom").fill("Léa")
    await page.getByLabel("Nom", { exact: true }).fill("Martin")
    await page.getByLabel("Adresse (numéro et rue)").fill("3 rue des Lilas")
    await page.getByLabel("Code postal").fill("690")
    await page.getByLabel("Ville").fill("Lyon")
    await page.getByRole("button", { name: "Enregistrer l’adresse" }).click()
    await expect(page.getByText("Le code postal doit comporter 5 chiffres (exemple : 69001).")).toBeVisible()
    await expect(page.getByLabel("Ville")).toHaveValue("Lyon")
    await page.getByLabel("Code postal").fill("69001")
    await page.getByRole("button", { name: "Enregistrer l’adresse" }).click()
    await expect(page).toHaveURL(/\/compte\/adresses\?statut=ajoutee$/)
    await expect(page.getByRole("main").getByRole("status")).toHaveText("L’adresse a été ajoutée.")
    const card = page.getByRole("listitem").filter({ hasText: "3 rue des Lilas" })
    await expect(card).toContainText("69001 Lyon")
    await expect(card).toContainText("France")

    await card.getByRole("link", { name: "Modifier l’adresse de Léa Martin" }).click()
    await page.getByLabel("Ville").fill("Lyon 1er")
    await page.getByRole("button", { name: "Enregistrer l’adresse" }).click()
    await expect(page.getByRole("main").getByRole("status")).toHaveText("L’adresse a été modifiée.")
    await expect(page.getByRole("listitem").filter({ hasText: "3 rue des Lilas" })).toContainText("69001 Lyon 1er")
  })

  test("le pays de livraison change la région des prix, en euros au format fr-FR", async ({ page }) => {
    await page.goto("/produits/tasse-emaillee-bleue")
    const country = page.getByRole("combobox", { name: "Pays de livraison" })
    await expect(country).toHaveValue("fr")
    await expect(page.getByText("Prix affichés en EUR")).toBeVisible()
    // Country names come from Intl.DisplayNames in French.
    await expect(country.locator("option")).toContainText(["France", "Allemagne", "Belgique"])

    await country.selectOption({ label: "Belgique" })
    // The select shows the choice before the server has stored it: wait for the form's answer.
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.ok()),
      page.getByRole("button", { name: "Valider le pays de livraison" }).click(),
    ])
    await expect(page.getByRole("combobox", { name: "Pays de livraison" })).toHaveValue("be")
    await expect(page.getByText("Prix affichés en EUR")).toBeVisible()
    await expect(page.getByRole("main")).toContainText(/\d+,\d{2}\s€/)

    // The choice is kept across pages (a cookie), and can be undone.
    await page.goto("/")
    await expect(page.getByRole("combobox", { name: "Pays de livraison" })).toHaveValue("be")
    await page.getByRole("combobox", { name: "Pays de livraison" }).selectOption("fr")
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST" && response.ok()),
      page.getByRole("button", { name: "Valider le pays de livraison" }).click(),
    ])
    await expect(page.getByRole("combobox", { name: "Pays de livraison" })).toHaveValue("fr")
  })
})
