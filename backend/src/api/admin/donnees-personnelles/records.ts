import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { type PersonRecords, readPersonRecords } from "../../../workflows/personal-data/person-records"

/** The customer's records, or null after answering 404 when there is no such customer. */
export async function readOrNotFound(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse,
  customerId: string
): Promise<PersonRecords | null> {
  try {
    return await readPersonRecords(req.scope, customerId)
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_FOUND) {
      res.status(404).json({ type: "not_found", message: error.message })
      return null
    }
    throw error
  }
}
