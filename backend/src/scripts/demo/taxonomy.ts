import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductTagsWorkflow,
  createProductTypesWorkflow,
} from "@medusajs/medusa/core-flows"

/**
 * Categories, collections, product types and tags of the demo, found by handle or value and
 * created when missing. Returns their ids by the names the catalogue uses.
 */
export async function ensureTaxonomy(container: MedusaContainer, demo: DemoShop) {
  const products = container.resolve(Modules.PRODUCT)

  const categories = new Map(
    (await products.listProductCategories({ handle: demo.categories.map((c) => c.handle) }, { select: ["id", "handle"] })).map(
      (category) => [category.handle, category.id]
    )
  )
  // Parents before children: a child needs its parent's id.
  let pending = demo.categories.filter((category) => !categories.has(category.handle))
  while (pending.length > 0) {
    const ready = pending.filter((category) => !category.parent || categories.has(category.parent))
    if (ready.length === 0) throw new Error(`categories with a missing parent: ${pending.map((c) => c.handle).join(", ")}`)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: ready.map((category) => ({
          name: category.name,
          handle: category.handle,
          description: category.description,
          is_active: true,
          is_internal: false,
          rank: demo.categories.indexOf(category),
          parent_category_id: category.parent ? categories.get(category.parent)! : null,
        })),
      },
    })
    for (const category of result) categories.set(category.handle, category.id)
    pending = pending.filter((category) => !ready.includes(category))
  }

  const collections = new Map(
    (await products.listProductCollections({ handle: demo.collections.map((c) => c.handle) }, { select: ["id", "handle"] })).map(
      (collection) => [collection.handle, collection.id]
    )
  )
  const missingCollections = demo.collections.filter((collection) => !collections.has(collection.handle))
  if (missingCollections.length > 0) {
    const { result } = await createCollectionsWorkflow(container).run({
      input: { collections: missingCollections.map(({ handle, title }) => ({ handle, title })) },
    })
    for (const collection of result) collections.set(collection.handle, collection.id)
  }

  // Medusa's filter on types takes one value only: a shop has few types, list them all.
  const types = new Map(
    (await products.listProductTypes({}, { select: ["id", "value"], take: null })).map((type) => [type.value, type.id])
  )
  const missingTypes = demo.productTypes.filter((value) => !types.has(value))
  if (missingTypes.length > 0) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: missingTypes.map((value) => ({ value })) },
    })
    for (const type of result) types.set(type.value, type.id)
  }

  const tags = new Map(
    (await products.listProductTags({ value: demo.tags }, { select: ["id", "value"] })).map((tag) => [tag.value, tag.id])
  )
  const missingTags = demo.tags.filter((value) => !tags.has(value))
  if (missingTags.length > 0) {
    const { result } = await createProductTagsWorkflow(container).run({
      input: { product_tags: missingTags.map((value) => ({ value })) },
    })
    for (const tag of result) tags.set(tag.value, tag.id)
  }

  return { categories, collections, types, tags }
}
