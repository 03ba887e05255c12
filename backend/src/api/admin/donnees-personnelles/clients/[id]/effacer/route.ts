import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { erasePersonalDataWorkflow } from "../../../../../../workflows/personal-data/erase-personal-data"
import { customerParamsSchema, describeIssues, eraseBodySchema } from "../../../validators"
import { readOrNotFound } from "../../../records"

/**
 * POST /admin/donnees-personnelles/clients/:id/effacer { confirmation: "<the customer's e-mail>" }
 * Right to erasure: see workflows/personal-data/erase-personal-data.ts for what is kept and why.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const id = customerParamsSchema.safeParse({ id: req.params.id })
  const body = eraseBodySchema.safeParse(req.body ?? {})
  if (!id.success || !body.success) {
    const problems = [
      ...(id.success ? [] : [describeIssues(id.error)]),
      ...(body.success ? [] : [describeIssues(body.error)]),
    ]
    res.status(400).json({ type: "invalid_data", message: problems.join("; ") })
    return
  }
  const records = await readOrNotFound(req, res, id.data.id)
  if (!records) return
  if (body.data.confirmation.toLowerCase() !== records.customer.email.toLowerCase()) {
    res.status(400).json({ type: "invalid_data", message: "confirmation: does not match the customer's e-mail address" })
    return
  }
  const { result } = await erasePersonalDataWorkflow(req.scope).run({ input: records })
  res.status(200).json({ id: id.data.id, erased: true, ...result })
}
