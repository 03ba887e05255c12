import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PROJECT_TOKEN, REMOTE_CONFIG, remoteConfigScript } from "../../../remote-config"

/**
 * posthog-js's remote configuration: `array/<token>/config` (JSON) and `array/<token>/config.js`
 * (a script that stores the same object in `window._POSTHOG_REMOTE_CONFIG`).
 */
export async function GET(req: MedusaRequest<unknown, unknown>, res: MedusaResponse): Promise<void> {
  const { token, file } = req.params as { token: string; file: string }
  if (file !== "config" && file !== "config.js") {
    res.status(404).json({ type: "not_found", message: `unknown remote config file "${file.slice(0, 40)}"` })
    return
  }
  if (!PROJECT_TOKEN.test(token)) {
    res.status(400).json({ type: "invalid_data", message: "the project token must be letters, digits, _ or -" })
    return
  }
  // Settings change with a deploy only; a short cache spares a request per page load.
  res.setHeader("Cache-Control", "public, max-age=300")
  if (file === "config") {
    res.json({ ...REMOTE_CONFIG, token })
    return
  }
  res.type("application/javascript").send(remoteConfigScript(token))
}
