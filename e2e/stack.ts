import path from "node:path"

/** The ports and data folder of the stack the end-to-end tests start, apart from a developer's `npm start`. */
export const e2eStack = {
  backendPort: Number(process.env.E2E_BACKEND_PORT ?? 9100),
  storefrontPort: Number(process.env.E2E_STOREFRONT_PORT ?? 8100),
  databasePort: Number(process.env.E2E_PG_PORT ?? 54349),
  dataDir: ".comptoir/e2e",
}

export const repoRoot = path.resolve(__dirname, "..")
export const storefrontUrl = `http://localhost:${e2eStack.storefrontPort}`
export const backendUrl = `http://localhost:${e2eStack.backendPort}`

export function stackEnv(): Record<string, string> {
  return {
    PORT: String(e2eStack.backendPort),
    STOREFRONT_PORT: String(e2eStack.storefrontPort),
    EMBEDDED_PG_PORT: String(e2eStack.databasePort),
    COMPTOIR_DATA_DIR: e2eStack.dataDir,
    // The tests' own database: an external DATABASE_URL of the developer must not leak in.
    DATABASE_URL: "",
    NODE_ENV: "development",
    // The tests bring their own data: no background simulation competing with them.
    DEMO_HISTORY_DAYS: "0",
    // Playwright's Chromium is a robot to posthog-js, which would drop every event otherwise.
    NEXT_PUBLIC_ANALYTICS_TEST_MODE: "true",
  }
}
