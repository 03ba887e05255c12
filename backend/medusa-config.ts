import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { medusaOptions } from "./src/config/medusa"
import { ConfigError, loadConfig } from "./src/config/schema"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

/**
 * `medusa build` loads this file only to compile the app: a Docker image is built without
 * its secrets, so production's checks apply when the server, a migration or a script runs.
 */
const building = process.argv[2] === "build" && /medusa(\.js)?$/.test(process.argv[1] ?? "")

function comptoirConfig() {
  try {
    return loadConfig(building ? { ...process.env, NODE_ENV: "development" } : process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      // One message listing every problem, instead of Medusa's stack trace.
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}

module.exports = defineConfig(medusaOptions(comptoirConfig()))
