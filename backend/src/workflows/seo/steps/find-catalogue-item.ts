import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SeoEntityType, SeoFieldsInput } from "../../../modules/seo"
import { type CatalogueItem, readCatalogueItems } from "../catalogue-items"

export type FindCatalogueItemInput = {
  entity_type: SeoEntityType
  entity_id: string
  /** When given, its image alt texts must name images of the product. */
  fields?: SeoFieldsInput
}

const NAMES: Record<SeoEntityType, string> = { product: "Product", collection: "Collection", category: "Category" }

/** The item the SEO fields belong to; fails when it does not exist or an alt text names a foreign image. */
export const findCatalogueItemStep = createStep(
  "find-seo-catalogue-item",
  async (input: FindCatalogueItemInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [item] = await readCatalogueItems(query, input.entity_type, { id: [input.entity_id] })
    if (!item) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `${NAMES[input.entity_type]} with id "${input.entity_id}" was not found`)
    }
    const unknown = unknownImageIds(item, input.fields?.image_alts)
    if (unknown.length > 0) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `image_alts names images that are not images of this ${input.entity_type}: ${unknown.join(", ")}`
      )
    }
    return new StepResponse(item)
  }
)

/** Alt texts are for the product's own images: anything else would never be shown. */
export function unknownImageIds(item: CatalogueItem, alts: Record<string, string> | undefined): string[] {
  const known = new Set(item.images.map((image) => image.id))
  return Object.keys(alts ?? {}).filter((id) => !known.has(id))
}
