import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { readRawBody } from "../../../ingest/read-raw-body"
import { importSeoFieldsWorkflow } from "../../../../workflows/seo/import-seo-fields"
import { MAX_IMPORT_BYTES } from "../validators"

const CSV_TYPES = ["text/csv", "text/plain", "application/csv", "application/vnd.ms-excel"]

/** UTF-8 as exported; a file saved again by an older Excel comes back in Windows-1252. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder("windows-1252").decode(bytes)
  }
}

/**
 * Imports the CSV sent as the body (text/csv). All or nothing: with any wrong line, the answer is
 * 400 with every line's problem, and nothing is written.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const type = String(req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase()
  if (!CSV_TYPES.includes(type)) {
    res.status(400).json({ type: "invalid_data", message: "Send the CSV file as the body, with content-type text/csv" })
    return
  }
  const body = await readRawBody(req, MAX_IMPORT_BYTES)
  if (!body.ok) {
    if (body.closeConnection) res.setHeader("connection", "close")
    res.status(body.status).json({ type: "invalid_data", message: `The CSV ${body.reason}` })
    return
  }
  const { result } = await importSeoFieldsWorkflow(req.scope).run({ input: { csv: decode(body.body) } })
  if (result.errors.length > 0) {
    const lines = result.errors.length === 1 ? "1 line is wrong" : `${result.errors.length} lines are wrong`
    res.status(400).json({ type: "invalid_data", message: `Nothing was imported: ${lines}`, ...result })
    return
  }
  res.json(result)
}
