import { expectedSnapshot, productDrift, stockDrift, type DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  deleteProductsWorkflow,
  updateInventoryLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { productLinks, type CatalogueIds } from "./products"
import { resetSeoFields } from "./seo-fields"
import { readProducts } from "./snapshot"

export type ResetReport = { done: string[]; refused: string[] }

/**
 * Puts the catalogue back to the demo's: products the demo does not define are deleted, so are
 * demo products whose options or variants were changed (the seed then creates them again);
 * changed text, links, images, SEO fields and prices are updated in place, and stock levels
 * set back. A product Medusa refuses to delete (stock reserved by an order) is reported.
 */
export async function resetProducts(
  container: MedusaContainer,
  demo: DemoShop,
  context: { locationId: string; ids: CatalogueIds },
  report: ResetReport
) {
  const assets = [...context.ids.images.keys()]
  const stored = await readProducts(container, { assets, currencyCode: demo.currencyCode, locationId: context.locationId })
  const definitions = new Map(demo.products.map((product) => [product.handle, product]))

  for (const product of stored) {
    const definition = definitions.get(product.handle)
    const drift = definition ? productDrift(expectedSnapshot(definition), product.snapshot) : undefined
    if (!definition || drift!.structure.length > 0) {
      try {
        await deleteProductsWorkflow(container).run({ input: { ids: [product.id] } })
        report.done.push(definition ? `produit « ${product.handle} » recréé (${drift!.structure.join(", ")})` : `produit « ${product.handle} » supprimé`)
      } catch (error) {
        report.refused.push(`produit « ${product.handle} » : ${error instanceof Error ? error.message : String(error)}`)
      }
      continue
    }

    if (drift!.attributes.includes("seo")) await resetSeoFields(container, product.id, definition, product.hasSeoRecord)
    if (drift!.attributes.some((field) => field !== "seo" && !field.startsWith("variant "))) {
      const links = productLinks(definition, context.ids)
      // Medusa replaces a product's metadata: keep the keys the demo does not own. The `seo_*`
      // keys are where SEO fields lived before the SEO module: they go.
      const metadata = Object.fromEntries(Object.entries(product.metadata).filter(([key]) => !key.startsWith("seo_")))
      await updateProductsWorkflow(container).run({
        input: {
          selector: { id: product.id },
          update: {
            title: definition.title,
            subtitle: definition.subtitle ?? null,
            description: definition.description,
            status: definition.status === "draft" ? ProductStatus.DRAFT : ProductStatus.PUBLISHED,
            ...links,
            metadata,
          },
        },
      })
    }
    const variantUpdates = definition.variants.flatMap((variant) => {
      if (!drift!.attributes.some((field) => field === `variant ${variant.sku} title` || field === `variant ${variant.sku} price`)) return []
      const id = product.variants.find((candidate) => candidate.sku === variant.sku)!.id
      return [{ id, title: variant.title, prices: [{ currency_code: demo.currencyCode, amount: variant.price }] }]
    })
    if (variantUpdates.length > 0) {
      await updateProductVariantsWorkflow(container).run({ input: { product_variants: variantUpdates } })
    }
    if (drift!.attributes.length > 0) report.done.push(`produit « ${product.handle} » remis à l'identique (${drift!.attributes.join(", ")})`)

    const stockUpdates = stockDrift(definition, product.stock).flatMap((change) => {
      if (change.actual === null) return [] // no level yet: the seed creates it
      const variant = product.variants.find((candidate) => candidate.sku === change.sku)!
      return variant.inventoryItemIds.map((inventory_item_id) => ({
        inventory_item_id,
        location_id: context.locationId,
        stocked_quantity: change.expected,
      }))
    })
    if (stockUpdates.length > 0) {
      await updateInventoryLevelsWorkflow(container).run({ input: { updates: stockUpdates } })
      report.done.push(`stock de « ${product.handle} » remis à l'identique`)
    }
  }
}
