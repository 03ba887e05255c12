import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { customerSearchSchema, describeIssues } from "../validators"

/**
 * GET /admin/donnees-personnelles/clients?email=…: the customers whose e-mail contains the text,
 * with how many orders each has (what an export or an erasure would touch).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const parsed = customerSearchSchema.safeParse(req.query)
  if (!parsed.success) {
    res.status(400).json({ type: "invalid_data", message: describeIssues(parsed.error) })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name", "last_name", "has_account", "created_at", "orders.id"],
    filters: { email: { $ilike: `%${escapeLike(parsed.data.email)}%` } },
    pagination: { take: parsed.data.limit, order: { email: "ASC" } },
  })
  res.status(200).json({
    customers: data.map(({ orders, ...customer }) => ({ ...customer, order_count: (orders ?? []).length })),
  })
}

/** `%` and `_` typed by the teacher are letters, not wildcards. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}
