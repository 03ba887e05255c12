import { randomUUID } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideResponse } from "../remote-config"

/** The legacy `/decide/` call of older posthog-js versions: configuration and flags together. */
export async function POST(_req: MedusaRequest, res: MedusaResponse): Promise<void> {
  res.json(decideResponse(randomUUID()))
}

export const GET = POST
