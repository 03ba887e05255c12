import { expect, test, type Page } from "@playwright/test"
import pg from "pg"
import { e2eStack } from "../stack"

/**
 * The real posthog-js, in Chromium, through the storefront's first-party /ingest forward,
 * into the backend's event store: nothing before consent, everything after it.
 */
const databaseUrl = `postgres://comptoir:comptoir@127.0.0.1:${e2eStack.databasePort}/comptoir`

function recordIngestRequests(page: Page): string[] {
  const seen: string[] = []
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/ingest")) seen.push(request.url())
  })
  return seen
}

type StoredEvent = {
  event: string
  session_id: string | null
  distinct_id: string | null
  channel: string | null
  utm_source: string | null
  utm_medium: string | null
  pathname: string | null
}

async function storedEvents(campaign: string): Promise<StoredEvent[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query<StoredEvent>(
      `SELECT event, session_id, distinct_id, channel, utm_source, utm_medium, pathname
         FROM captured_event WHERE utm_campaign = $1 ORDER BY timestamp`,
      [campaign]
    )
    return rows
  } finally {
    await client.end()
  }
}

test("un visiteur qui refuse les cookies n'envoie aucune mesure d'audience", async ({ page }) => {
  const ingest = recordIngestRequests(page)
  await page.goto("/recherche?q=tablier")
  await page.getByRole("button", { name: "Tout refuser" }).click()
  await page.getByRole("link", { name: /Tablier en lin naturel/ }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tablier en lin naturel")
  // posthog-js sends its queue every few seconds: give it the time it would need.
  await page.waitForTimeout(5_000)
  expect(ingest).toEqual([])
})

test("après accord, posthog-js envoie les pages vues, enregistrées avec la session et la campagne", async ({ page }) => {
  const campaign = `rentree-${Date.now()}`
  const ingest = recordIngestRequests(page)
  await page.goto(`/recherche?q=tasse&utm_source=lettre&utm_medium=email&utm_campaign=${campaign}`)
  await page.getByRole("button", { name: "Tout accepter" }).click()
  await page.getByRole("link", { name: /Tasse émaillée bleue/ }).first().click()
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tasse émaillée bleue")

  await expect.poll(async () => (await storedEvents(campaign)).length, { timeout: 20_000 }).toBeGreaterThan(0)
  expect(ingest.length).toBeGreaterThan(0)
  const events = await storedEvents(campaign)
  const pageview = events.find((event) => event.event === "$pageview")
  expect(pageview).toBeDefined()
  expect(pageview).toMatchObject({ utm_source: "lettre", utm_medium: "email", channel: "email" })
  expect(pageview!.session_id).toBeTruthy()
  expect(pageview!.distinct_id).toBeTruthy()
  // Every event of the visit shares its session.
  expect(new Set(events.map((event) => event.session_id)).size).toBe(1)
})
