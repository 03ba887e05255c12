import { defineConfig } from "@playwright/test"
import { backendUrl, repoRoot, stackEnv, storefrontUrl } from "./stack"

/**
 * The whole stack, started by the test run itself with the README's command (`npm start`),
 * driven in Debian's Chromium (Playwright never downloads a browser here).
 */
export default defineConfig({
  testDir: "./tests",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  outputDir: "test-results",
  use: {
    baseURL: storefrontUrl,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: "npm start",
    cwd: repoRoot,
    url: `${storefrontUrl}/api/health`,
    env: { ...stackEnv(), COMPTOIR_QUIET: "true" },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGINT", timeout: 30_000 },
  },
  metadata: { backendUrl },
})
