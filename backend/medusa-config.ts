import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { medusaOptions } from "./src/config/medusa"
import { ConfigError, loadConfig } from "./src/config/schema"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

function comptoirConfig() {
  try {
    return loadConfig(process.env)
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
