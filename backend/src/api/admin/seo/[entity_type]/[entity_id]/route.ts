import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { publicUrls } from "../../../rapport/load-report"
import { toSeoFieldsDto, type SeoFieldsInput } from "../../../../../modules/seo"
import { deleteSeoFieldsWorkflow } from "../../../../../workflows/seo/delete-seo-fields"
import { upsertSeoFieldsWorkflow } from "../../../../../workflows/seo/upsert-seo-fields"
import { type SeoEntityType } from "../../../../../modules/seo"
import { readItemsWithSeo } from "../../catalogue"
import { type PostSeoFieldsBody, seoItemParams, type SeoItemParams } from "../../validators"

function itemParams(params: Record<string, string>): SeoItemParams {
  const parsed = seoItemParams.safeParse(params)
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join("; "))
  return parsed.data
}

/** The item's SEO fields (null before any are saved) and what the admin form shows beside them. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { entity_type, entity_id } = itemParams(req.params)
  const [found] = await readItemsWithSeo(req.scope, [entity_type], [entity_id])
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `${entity_type} with id "${entity_id}" was not found`)
  const { title, handle, description, images } = found.item
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["name"] })
  res.json({
    seo: found.seo,
    item: {
      title,
      handle,
      description,
      images,
      // What the storefront shows without a meta title, and where: the admin's preview and
      // advice then judge the very <title> and address a search engine reads.
      page_title: store?.name ? `${title} · ${store.name}` : title,
      page_url: storefrontPageUrl(entity_type, handle),
    },
  })
}

/** The storefront's route for each kind of item (storefront/src/app/{produits,collections,categories}). */
const STOREFRONT_SECTION: Record<SeoEntityType, string> = { product: "produits", collection: "collections", category: "categories" }

function storefrontPageUrl(type: SeoEntityType, handle: string): string {
  const base = (publicUrls().storefront ?? "http://localhost:8000").replace(/\/+$/, "")
  return `${base}/${STOREFRONT_SECTION[type]}/${encodeURIComponent(handle)}`
}

/** Saves the fields the body names; the others keep their value. */
export async function POST(req: AuthenticatedMedusaRequest<PostSeoFieldsBody>, res: MedusaResponse) {
  const { entity_type, entity_id } = itemParams(req.params)
  const { result } = await upsertSeoFieldsWorkflow(req.scope).run({
    input: { entity_type, entity_id, fields: req.validatedBody as SeoFieldsInput },
  })
  res.json({ seo: toSeoFieldsDto(result) })
}

export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const { entity_type, entity_id } = itemParams(req.params)
  const { result } = await deleteSeoFieldsWorkflow(req.scope).run({ input: { entity_type, entity_id } })
  res.json({ id: result.id, deleted: true })
}
