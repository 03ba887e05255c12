import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SEO_ENTITY_TYPES, SEO_MODULE, type SeoEntityType, type SeoFieldsDto, toSeoFieldsDto } from "../../../modules/seo"
import type SeoModuleService from "../../../modules/seo/service"
import { type CatalogueItem, readCatalogueItems } from "../../../workflows/seo/catalogue-items"

export type ItemWithSeo = { item: CatalogueItem; seo: SeoFieldsDto | null }

/** Items of the given kinds (all three by default), each with its SEO record or null. */
export async function readItemsWithSeo(
  container: MedusaContainer,
  entityTypes: readonly SeoEntityType[] = SEO_ENTITY_TYPES,
  ids?: string[]
): Promise<ItemWithSeo[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const seo = container.resolve<SeoModuleService>(SEO_MODULE)
  const items = (await Promise.all(entityTypes.map((type) => readCatalogueItems(query, type, ids ? { id: ids } : undefined)))).flat()
  const records = await seo.listSeoFields(
    { entity_type: [...entityTypes], ...(ids ? { entity_id: ids } : {}) },
    { take: null }
  )
  const byItem = new Map(records.map((record) => [`${record.entity_type}:${record.entity_id}`, toSeoFieldsDto(record)]))
  return items.map((item) => ({ item, seo: byItem.get(`${item.entity_type}:${item.id}`) ?? null }))
}
