import type { ProductDefinition, VariantDefinition } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createInventoryItemsWorkflow,
  createLinksWorkflow,
  createProductVariantsWorkflow,
  linkProductsToSalesChannelWorkflow,
} from "@medusajs/medusa/core-flows"
import { createVariantPriceSetsWorkflow } from "./variant-prices"

type Placement = { salesChannelId: string; shippingProfileId: string; currencyCode: string }

type Row = {
  id: string
  handle: string
  options: Array<{ title: string; values: Array<{ value: string } | null> | null } | null> | null
  sales_channels: Array<{ id: string } | null> | null
  shipping_profile: { id: string } | null
  variants: Array<{
    id: string
    sku: string | null
    manage_inventory: boolean
    price_set: { id: string } | null
    inventory_items: Array<{ inventory_item_id: string } | null> | null
  } | null> | null
}

export type Completion = { links: number; variants: number; priceSets: number; inventoryItems: number }

const present = <T>(items: Array<T | null> | null | undefined): T[] => (items ?? []).filter((item): item is T => item !== null)

/**
 * What createProductsWorkflow writes after the product itself — sales channel and shipping
 * profile links, variants, their price sets, their inventory items — given to the demo products
 * that lack it. Medusa's workflows commit step by step, so a seed killed mid-run (SIGKILL, power
 * cut) leaves products with some of these missing and no compensation run; found by SKU, each
 * piece is created once, so a complete catalogue gets nothing. Stock levels come after, in
 * ensureStockLevels.
 */
export async function ensureProductsComplete(
  container: MedusaContainer,
  placement: Placement,
  products: ProductDefinition[]
): Promise<Completion> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const done: Completion = { links: 0, variants: 0, priceSets: 0, inventoryItems: 0 }
  if (products.length === 0) return done
  const read = async () =>
    (
      await query.graph({
        entity: "product",
        fields: [
          "id", "handle", "options.title", "options.values.value", "sales_channels.id", "shipping_profile.id",
          "variants.id", "variants.sku", "variants.manage_inventory", "variants.price_set.id", "variants.inventory_items.inventory_item_id",
        ],
        filters: { handle: products.map((product) => product.handle) },
      })
    ).data as unknown as Row[]

  const rows = await read()
  done.links = await ensureProductLinks(container, placement, rows)
  done.variants = await ensureVariants(container, placement, products, rows)
  const variants = (done.variants > 0 ? await read() : rows).flatMap((row) => present(row.variants))
  const definitions = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.sku, variant] as const)))
  const ours = variants.filter((variant) => variant.sku && definitions.has(variant.sku))

  const unpriced = ours.filter((variant) => !variant.price_set)
  if (unpriced.length > 0) {
    await createVariantPriceSetsWorkflow(container).run({
      input: {
        variants: unpriced.map((variant) => ({
          variant_id: variant.id,
          prices: [{ currency_code: placement.currencyCode, amount: definitions.get(variant.sku!)!.price }],
        })),
      },
    })
    done.priceSets = unpriced.length
  }

  const unstocked = ours.filter((variant) => variant.manage_inventory && present(variant.inventory_items).length === 0)
  done.inventoryItems = await ensureInventoryItems(container, unstocked.map((variant) => ({ id: variant.id, definition: definitions.get(variant.sku!)! })))
  return done
}

/** A demo product in no sales channel, or with no shipping profile, is one the crash cut short. */
async function ensureProductLinks(container: MedusaContainer, placement: Placement, rows: Row[]) {
  const unsold = rows.filter((row) => present(row.sales_channels).length === 0).map((row) => row.id)
  if (unsold.length > 0) {
    await linkProductsToSalesChannelWorkflow(container).run({ input: { id: placement.salesChannelId, add: unsold } })
  }
  const unshipped = rows.filter((row) => !row.shipping_profile)
  if (unshipped.length > 0) {
    await createLinksWorkflow(container).run({
      input: unshipped.map((row) => ({
        [Modules.PRODUCT]: { product_id: row.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: placement.shippingProfileId },
      })),
    })
  }
  return unsold.length + unshipped.length
}

/**
 * The variants a demo product lacks, by SKU. A SKU used anywhere counts as present (variant SKUs
 * are unique), and a variant whose option values the product no longer has is left to the reset.
 */
async function ensureVariants(container: MedusaContainer, placement: Placement, products: ProductDefinition[], rows: Row[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const skus = products.flatMap((product) => product.variants.map((variant) => variant.sku))
  const { data } = await query.graph({ entity: "product_variant", fields: ["sku"], filters: { sku: skus } })
  const existing = new Set((data as Array<{ sku: string | null }>).map((variant) => variant.sku))

  const missing = products.flatMap((product) => {
    const row = rows.find((candidate) => candidate.handle === product.handle)
    if (!row) return []
    const values = new Map(present(row.options).map((option) => [option.title, new Set(present(option.values).map((v) => v.value))]))
    return product.variants
      .filter((variant) => !existing.has(variant.sku))
      .filter((variant) => {
        const fits = Object.entries(variant.options).every(([title, value]) => values.get(title)?.has(value))
        if (!fits) logger.warn(`product ${product.handle}: variant ${variant.sku} not created, the product's options changed (npm run reset)`)
        return fits
      })
      .map((variant) => ({ productId: row.id, variant }))
  })
  if (missing.length === 0) return 0

  // An inventory item left by a killed run (created, not yet linked) is reused: its SKU is unique.
  const orphans = await inventoryItemsBySku(container, missing.map(({ variant }) => variant.sku))
  await createProductVariantsWorkflow(container).run({
    input: {
      product_variants: missing.map(({ productId, variant }) => {
        const orphan = orphans.get(variant.sku)
        return {
          product_id: productId,
          title: variant.title,
          sku: variant.sku,
          options: variant.options,
          manage_inventory: true,
          prices: [{ currency_code: placement.currencyCode, amount: variant.price }],
          inventory_items: orphan ? [{ inventory_item_id: orphan, required_quantity: 1 }] : undefined,
        }
      }),
    },
  })
  return missing.length
}

/** Links each variant to its inventory item: the one with its SKU if a killed run left it, else a new one. */
async function ensureInventoryItems(container: MedusaContainer, variants: Array<{ id: string; definition: VariantDefinition }>) {
  if (variants.length === 0) return 0
  const items = await inventoryItemsBySku(container, variants.map((variant) => variant.definition.sku))
  const toCreate = variants.filter((variant) => !items.has(variant.definition.sku))
  if (toCreate.length > 0) {
    const { result } = await createInventoryItemsWorkflow(container).run({
      input: {
        items: toCreate.map(({ definition }) => ({
          sku: definition.sku,
          title: definition.title,
          description: definition.title,
          requires_shipping: true,
        })),
      },
    })
    for (const item of result) if (item.sku) items.set(item.sku, item.id)
  }
  await createLinksWorkflow(container).run({
    input: variants.map((variant) => ({
      [Modules.PRODUCT]: { variant_id: variant.id },
      [Modules.INVENTORY]: { inventory_item_id: items.get(variant.definition.sku)! },
      data: { required_quantity: 1 },
    })),
  })
  return variants.length
}

/** Inventory items by SKU that no variant points at. */
async function inventoryItemsBySku(container: MedusaContainer, skus: string[]): Promise<Map<string, string>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "inventory_item", fields: ["id", "sku", "variants.id"], filters: { sku: skus } })
  const rows = data as unknown as Array<{ id: string; sku: string | null; variants: Array<{ id: string } | null> | null }>
  return new Map(rows.filter((item) => item.sku && present(item.variants).length === 0).map((item) => [item.sku!, item.id]))
}
