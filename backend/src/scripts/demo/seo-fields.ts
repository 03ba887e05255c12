import type { ProductDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeoFieldsInput } from "../../modules/seo"
import { deleteSeoFieldsWorkflow } from "../../workflows/seo/delete-seo-fields"
import { upsertSeoFieldsWorkflow } from "../../workflows/seo/upsert-seo-fields"

/**
 * A demo product's SEO fields as the SEO module stores them, or null when the demo gives it
 * none. The fields the demo does not define are empty: that is what "as the demo" means.
 */
export function demoSeoFields(product: ProductDefinition): Required<SeoFieldsInput> | null {
  if (!product.seo) return null
  return {
    meta_title: product.seo.title ?? null,
    meta_description: product.seo.description ?? null,
    focus_keyword: product.seo.keyword ?? null,
    canonical_url: null,
    noindex: false,
    social_image_url: null,
    image_alts: {},
  }
}

/**
 * Gives the demo products that have no SEO record theirs, through the admin's own workflow;
 * a record that exists, perhaps changed by a student, is left alone (putting it back is the
 * reset's job). A second run writes nothing.
 */
export async function ensureSeoFields(container: MedusaContainer, products: ProductDefinition[]): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const definitions = products.filter((product) => product.seo)
  if (definitions.length === 0) return 0
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "seo.id"],
    filters: { handle: definitions.map((product) => product.handle) },
  })
  const rows = data as Array<{ id: string; handle: string; seo?: { id: string } | null }>
  let created = 0
  for (const row of rows) {
    const fields = demoSeoFields(definitions.find((product) => product.handle === row.handle)!)
    if (row.seo || !fields) continue
    await upsertSeoFieldsWorkflow(container).run({ input: { entity_type: "product", entity_id: row.id, fields } })
    created += 1
  }
  return created
}

/** Puts a product's SEO fields back as the demo defines them (none: the record is deleted). */
export async function resetSeoFields(container: MedusaContainer, productId: string, definition: ProductDefinition, hasRecord: boolean) {
  const fields = demoSeoFields(definition)
  if (fields) {
    await upsertSeoFieldsWorkflow(container).run({ input: { entity_type: "product", entity_id: productId, fields } })
  } else if (hasRecord) {
    await deleteSeoFieldsWorkflow(container).run({ input: { entity_type: "product", entity_id: productId } })
  }
}
