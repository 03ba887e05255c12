import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shareService } from "../../share-links"
import { shareLinkIdSchema } from "../../validators"

/** DELETE /admin/rapport/liens/:id — revokes a link: its URL answers 404 from now on. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const id = shareLinkIdSchema.safeParse(req.params.id)
  if (!id.success) {
    res.status(400).json({ type: "invalid_data", message: "id : not a share link id" })
    return
  }
  const service = shareService(req.scope)
  const [existing] = await service.listReportShares({ id: id.data }, { take: 1 })
  if (!existing) {
    res.status(404).json({ type: "not_found", message: `share link ${id.data} does not exist or was already revoked` })
    return
  }
  await service.softDeleteReportShares(id.data)
  res.status(200).json({ id: id.data, object: "report_share", deleted: true })
}
