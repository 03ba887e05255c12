import { randomUUID } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { flagsResponse } from "../remote-config"

/** `/flags/?v=2`: no feature flag is ever on. The request body is not read. */
export async function POST(_req: MedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(flagsResponse(randomUUID()))
}
