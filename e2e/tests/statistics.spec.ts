import { expect, test, type Page } from "@playwright/test"
import { backendUrl, storefrontUrl } from "../stack"

/**
 * The admin's Statistiques pages on a small fixed dataset: three visits of two visitors in the
 * week of 4 March 2024, sent through the real capture endpoint as past events. The week is long
 * gone, so nothing else the suite does falls in it, and fixed event ids make a second run add
 * nothing (the store ignores an id it already has).
 *
 *   visit 1 (visitor A, Tue 5 March 10:00 UTC): /, then the mug's page 2 min later
 *   visit 2 (visitor A, Wed 6 March 14:00 UTC): / only — a bounce
 *   visit 3 (visitor B, Thu 7 March 09:00 UTC): /, /recherche at +1 min, the mug's page at +5 min
 *
 * By hand: 2 visitors, 3 visits, 6 page views, bounce rate 1 ÷ 3 = 33,3 %, average duration
 * (120 + 0 + 300) ÷ 3 = 140 s, no order.
 */
const WEEK = "period=custom&from=2024-03-04&to=2024-03-10&compare=0"
const MUG = "/produits/tasse-emaillee-bleue"
const BROWSER_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36"

const visits = [
  { visitor: "e2e-stats-visitor-a", session: "e2e-stats-visit-1", views: [["2024-03-05T10:00:00Z", "/"], ["2024-03-05T10:02:00Z", MUG]] },
  { visitor: "e2e-stats-visitor-a", session: "e2e-stats-visit-2", views: [["2024-03-06T14:00:00Z", "/"]] },
  {
    visitor: "e2e-stats-visitor-b",
    session: "e2e-stats-visit-3",
    views: [["2024-03-07T09:00:00Z", "/"], ["2024-03-07T09:01:00Z", "/recherche"], ["2024-03-07T09:05:00Z", MUG]],
  },
] as const

function fixedDataset() {
  let index = 0
  return visits.flatMap(({ visitor, session, views }) =>
    views.map(([timestamp, pathname]) => ({
      uuid: `0190e2e0-5a75-7000-8000-${String(++index).padStart(12, "0")}`,
      event: "$pageview",
      distinct_id: visitor,
      timestamp,
      properties: {
        $session_id: session,
        $current_url: `${storefrontUrl}${pathname}`,
        $host: new URL(storefrontUrl).host,
        $pathname: pathname,
        $device_type: "Desktop",
        $browser: "Chrome",
        $os: "Linux",
        // Past events: their own timestamp is the truth, not the time they are sent.
        $ignore_sent_at: true,
      },
    })),
  )
}

async function sendFixedDataset() {
  const response = await fetch(`${backendUrl}/ingest/batch`, {
    method: "POST",
    // A browser's User-Agent: Node's own would be counted as a robot, and robots are not visits.
    headers: { "content-type": "application/json", "user-agent": BROWSER_UA },
    body: JSON.stringify({ api_key: "e2e", batch: fixedDataset() }),
  })
  expect(response.status, await response.text()).toBe(200)
}

async function logIn(page: Page) {
  await page.goto(`${backendUrl}/app`)
  await page.getByRole("textbox", { name: "Email" }).fill("admin@comptoir.local")
  await page.getByPlaceholder("Mot de passe").fill("comptoir")
  await page.getByRole("button", { name: "Continuer avec l'email" }).click()
  await expect(page).toHaveURL(/\/app\/orders/, { timeout: 30_000 })
}

function kpi(page: Page, id: string) {
  return page.getByTestId(`kpi-${id}`).getByTestId("kpi-value")
}

test.use({ timezoneId: "Europe/Paris" })

test("les Statistiques de l'administration montrent les chiffres d'une semaine connue, expliqués", async ({ page }) => {
  test.setTimeout(120_000)
  await sendFixedDataset()
  await logIn(page)

  // The sidebar entry opens the overview.
  await page.getByRole("link", { name: "Statistiques" }).first().click()
  await expect(page).toHaveURL(/\/app\/statistiques/)
  await expect(page.getByRole("heading", { level: 1, name: "Statistiques" })).toBeVisible()

  await page.goto(`${backendUrl}/app/statistiques?${WEEK}`)
  await expect(page.getByText(/du 4 mars 2024 au 10 mars 2024/)).toBeVisible({ timeout: 30_000 })
  await expect(kpi(page, "visitors")).toHaveText("2")
  await expect(kpi(page, "sessions")).toHaveText("3")
  await expect(kpi(page, "pageviews")).toHaveText("6")
  await expect(kpi(page, "bounce_rate")).toHaveText(/^33,3\s%$/)
  await expect(kpi(page, "avg_session_duration")).toHaveText("2 min 20 s")
  await expect(kpi(page, "orders")).toHaveText("0")
  await expect(page.getByText(/Aucune commande sur la période/)).toBeVisible()

  // The trend chart draws the week's visits.
  await expect(page.getByTestId("time-series-chart").getByRole("application")).toBeVisible()

  // Every number says what it measures and how it is computed.
  await page.getByRole("button", { name: "Comment est calculé « Taux de rebond » ?" }).hover()
  await expect(page.getByRole("tooltip")).toContainText("une seule page")

  // The CSV export asks the API for the same period.
  const csv = page.getByRole("link", { name: "Exporter en CSV" })
  await expect(csv).toHaveAttribute("href", /\/admin\/statistiques\/overview\?.*format=csv/)

  // The traffic report keeps the period and ranks the pages.
  await page.getByRole("navigation", { name: "Rapports" }).getByRole("link", { name: "Trafic" }).click()
  await expect(page).toHaveURL(/\/app\/statistiques\/trafic\?.*from=2024-03-04/)
  // The mug's page: 2 page views by 2 visitors (it is no visit's entry page, so only this table has it).
  const mugRow = page.getByRole("row").filter({ hasText: MUG })
  await expect(mugRow.getByRole("cell")).toHaveText([MUG, "2", "2"])
  await expect(page.getByTestId("time-series-chart").getByRole("application")).toBeVisible()
})

test("sans visite sur la période, la page dit comment en obtenir", async ({ page }) => {
  await logIn(page)
  await page.goto(`${backendUrl}/app/statistiques?period=custom&from=2001-01-01&to=2001-01-07&compare=0`)
  await expect(page.getByText("Aucune visite sur la période.", { exact: false })).toBeVisible({ timeout: 30_000 })
  await expect(page.getByText("npm run simulate").first()).toBeVisible()
})
