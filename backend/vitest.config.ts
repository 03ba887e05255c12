import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["src/**/*.test.ts", "test/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          environment: "node",
          include: ["integration-tests/**/*.spec.ts"],
          // Medusa's test runner is written for Jest's globals (describe, beforeAll...).
          globals: true,
          globalSetup: ["./integration-tests/global-setup.ts"],
          setupFiles: ["./integration-tests/setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
