import { expect, test } from "@playwright/test"
import { backendUrl } from "../stack"
import { logIn } from "./admin-session"

// The admin is a large single-page application: its first load on a busy 2-core machine is slow.
test.setTimeout(240_000)

const SECTIONS = [
  "Boutique et période",
  "Indicateurs clés",
  "Acquisition",
  "Conversion",
  "Promotions",
  "Référencement",
  "Activité par personne",
]

/** The text of every page of a PDF, read with Mozilla's pdf.js. */
async function pdfPages(bytes: Buffer): Promise<{ width: number; height: number; text: string }[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs")
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true }).promise
  const pages = []
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number)
    const [, , width = 0, height = 0] = page.view
    const content = await page.getTextContent()
    const text = content.items.map((item) => ("str" in item ? item.str : "")).join(" ")
    pages.push({ width, height, text: text.replace(/\s+/g, " ") })
  }
  return pages
}

test("le rapport d'évaluation s'imprime en PDF A4 avec toutes ses sections", async ({ page }) => {
  await logIn(page)
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 60_000 })
  await page.goto(`${backendUrl}/app/rapport`, { waitUntil: "domcontentloaded", timeout: 120_000 })
  await expect(page.locator("h2#activite")).toBeVisible({ timeout: 60_000 })

  const pdf = await page.pdf({ format: "A4", printBackground: true })
  const pages = await pdfPages(pdf)
  const text = pages.map((p) => p.text).join(" ")

  // A4 portrait is 595 × 842 points (Chromium rounds its page box to whole pixels: ±1 pt);
  // the admin's sidebar and toolbar are not printed.
  expect(pages.length).toBeGreaterThanOrEqual(2)
  for (const p of pages) {
    expect(Math.abs(p.width - 595)).toBeLessThanOrEqual(2)
    expect(Math.abs(p.height - 842)).toBeLessThanOrEqual(2)
  }
  for (const section of SECTIONS) expect(text).toContain(section)
  expect(text).toContain("Rapport d’évaluation")
  expect(text).not.toContain("Imprimer / PDF")
  expect(text).not.toContain("Partager avec un jury")
})
