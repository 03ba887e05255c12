import { createRequire } from "node:module"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, decorateCartTotals, Modules, QueryContext } from "@medusajs/framework/utils"
import { createCartWorkflow, listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import type { OrderInput } from "./place-order"
import type { ShopContext } from "./shop-snapshot"

/**
 * What a Store API cart would hold at checkout, computed for many orders at once with the
 * modules the cart workflows call: the pricing module's prices (through Query's calculated
 * price, price lists included), the tax module's lines, the promotion module's actions. The
 * per-order cost of the workflows (locks, steps, one query per step) is what the history's bulk
 * path saves; the figures come from the same services.
 */

// The line item mapping completeCart applies (cart item → order item) is not exported from
// core-flows' index: it is loaded from the installed package, so both paths share Medusa's code.
type PrepareLineItemData = (input: Record<string, unknown>) => Record<string, unknown>
const coreFlowsRequire = createRequire(require.resolve("@medusajs/core-flows"))
const prepareLineItemData = (
  coreFlowsRequire(path.join(path.dirname(require.resolve("@medusajs/core-flows")), "cart/utils/prepare-line-item-data.js")) as {
    prepareLineItemData: PrepareLineItemData
  }
).prepareLineItemData

/** The variant fields the cart workflows read to price, tax, discount and reserve an item. */
const VARIANT_FIELDS = [
  "id",
  "title",
  "sku",
  "barcode",
  "thumbnail",
  "manage_inventory",
  "allow_backorder",
  "calculated_price.*",
  "inventory_items.inventory_item_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.requires_shipping",
  "product.id",
  "product.title",
  "product.subtitle",
  "product.description",
  "product.handle",
  "product.thumbnail",
  "product.discountable",
  "product.is_giftcard",
  "product.collection_id",
  "product.collection.title",
  "product.type.id",
  "product.type.value",
  "product.categories.id",
  "product.tags.id",
  "product.shipping_profile.id",
]

export interface CatalogueVariant {
  id: string
  manage_inventory: boolean | null
  allow_backorder: boolean | null
  calculated_price?: {
    calculated_amount?: number | null
    is_calculated_price_tax_inclusive?: boolean | null
    calculated_price?: { price_list_type?: string | null } | null
  } | null
  inventory_items?: { inventory_item_id: string; required_quantity: number }[] | null
  product: {
    id: string
    collection_id?: string | null
    categories?: { id: string }[] | null
    tags?: { id: string }[] | null
    type?: { id: string } | null
  }
}

export interface ShippingOffer {
  id: string
  name: string
  amount: number
  isTaxInclusive: boolean
  data: Record<string, unknown> | null
}

type TaxLine = { description: string; tax_rate_id?: string; code: string; rate: number; provider_id?: string }
type Adjustment = { code: string; amount: number; promotion_id?: string; is_tax_inclusive?: boolean }

/** An order as completeCart would hand it to the order module, with what else the checkout writes. */
export interface ComputedOrder {
  items: (Record<string, unknown> & { variant_id: string; quantity: number; adjustments: Adjustment[] })[]
  shippingMethod: Record<string, unknown> & { adjustments: Adjustment[] }
  /** Promotions that gave an adjustment: linked to the order, their usage registered. */
  promotionIds: string[]
  usage: { code: string; amount: number }[]
  total: number
}

/** The variants of a batch, priced in the shop's region and currency as a cart there is. */
export async function readCatalogue(container: MedusaContainer, shop: ShopContext, variantIds: readonly string[]): Promise<Map<string, CatalogueVariant>> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: VARIANT_FIELDS,
    filters: { id: [...new Set(variantIds)] },
    context: { calculated_price: QueryContext({ currency_code: shop.currencyCode, region_id: shop.regionId }) },
  })
  return new Map((data as unknown as CatalogueVariant[]).map((variant) => [variant.id, variant]))
}

/**
 * The flat-priced shipping options a cart of the shop's region may use, read once through
 * Medusa's own listing workflow on a throwaway cart (rules on zones, sales channel and
 * locations are the workflow's). The buyer's pick among them is shippingChooser's.
 */
export async function readShippingOffers(container: MedusaContainer, shop: ShopContext): Promise<ShippingOffer[]> {
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: shop.regionId,
      sales_channel_id: shop.salesChannelId,
      shipping_address: { country_code: shop.countryCode },
    },
  })
  try {
    const { result } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id, is_return: false } })
    type Option = {
      id: string
      name: string
      price_type?: string
      data?: Record<string, unknown> | null
      calculated_price?: { calculated_amount?: number | null; is_calculated_price_tax_inclusive?: boolean | null }
    }
    return (result as Option[])
      .filter((option) => option.price_type !== "calculated")
      .map((option) => ({
        id: option.id,
        name: option.name,
        amount: Number(option.calculated_price?.calculated_amount ?? 0),
        isTaxInclusive: !!option.calculated_price?.is_calculated_price_tax_inclusive,
        data: option.data ?? null,
      }))
  } finally {
    await container.resolve(Modules.CART).softDeleteCarts([cart.id])
  }
}

interface DraftCart {
  input: OrderInput
  customer: { id: string; email: string; groups?: { id: string }[] | null; metadata?: unknown } | null
  shipping: ShippingOffer
}

/**
 * Tax lines of every item and shipping method of the batch in two calls to the tax module (the
 * shop's carts all ship to its country, so they share one calculation context).
 */
export async function taxLinesOf(
  container: MedusaContainer,
  shop: ShopContext,
  carts: readonly DraftCart[],
  catalogue: Map<string, CatalogueVariant>
): Promise<{ items: TaxLine[][][]; shipping: TaxLine[][] }> {
  const tax = container.resolve(Modules.TAX)
  const context = { address: { country_code: shop.countryCode }, is_return: false }
  const itemRows = carts.flatMap((cart, c) =>
    cart.input.lines.map((line, l) => {
      const variant = catalogue.get(line.variantId)
      return {
        id: `${c}:${l}`,
        product_id: variant?.product.id ?? "",
        product_type_id: variant?.product.type?.id ?? undefined,
        quantity: line.quantity,
        unit_price: Number(variant?.calculated_price?.calculated_amount ?? 0),
        currency_code: shop.currencyCode,
      }
    })
  )
  const shippingRows = carts.map((cart, c) => ({
    id: `${c}`,
    shipping_option_id: cart.shipping.id,
    unit_price: cart.shipping.amount,
    currency_code: shop.currencyCode,
  }))
  const [itemLines, shippingLines] = await Promise.all([
    itemRows.length ? tax.getTaxLines(itemRows, context) : [],
    shippingRows.length ? tax.getTaxLines(shippingRows, context) : [],
  ])
  const items = carts.map((cart) => cart.input.lines.map(() => [] as TaxLine[]))
  const shipping = carts.map(() => [] as TaxLine[])
  const asTaxLine = (line: { name: string; rate_id?: string; code: string; rate: number; provider_id?: string }): TaxLine => ({
    description: line.name,
    tax_rate_id: line.rate_id,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id,
  })
  for (const line of itemLines as { line_item_id?: string; name: string; rate_id?: string; code: string; rate: number; provider_id?: string }[]) {
    const [c, l] = (line.line_item_id ?? "").split(":").map(Number)
    items[c ?? -1]?.[l ?? -1]?.push(asTaxLine(line))
  }
  for (const line of shippingLines as { shipping_line_id?: string; name: string; rate_id?: string; code: string; rate: number; provider_id?: string }[]) {
    shipping[Number(line.shipping_line_id)]?.push(asTaxLine(line))
  }
  return { items, shipping }
}

/**
 * One cart's promotions, as the cart's refresh computes them once its items, tax lines and
 * shipping method are set: the promotion module's actions for its code and the automatic
 * promotions, on the cart with Medusa's own totals (decorateCartTotals, what Query computes).
 * Returns the order as completeCart would write it.
 */
export async function computeOrder(
  container: MedusaContainer,
  shop: ShopContext,
  draft: DraftCart,
  catalogue: Map<string, CatalogueVariant>,
  taxLines: { items: TaxLine[][]; shipping: TaxLine[] },
  promotionIdsByCode: Map<string, string>
): Promise<ComputedOrder> {
  const items = draft.input.lines.map((line, l) => {
    const variant = catalogue.get(line.variantId)
    if (!variant?.calculated_price || variant.calculated_price.calculated_amount == null) {
      throw new Error(`variant ${line.variantId} has no price in the shop's region`)
    }
    const prepared = prepareLineItemData({
      item: { quantity: line.quantity },
      variant,
      unitPrice: Number(variant.calculated_price.calculated_amount),
      isTaxInclusive: !!variant.calculated_price.is_calculated_price_tax_inclusive,
      taxLines: taxLines.items[l] ?? [],
    })
    return {
      ...prepared,
      id: `item_${l}`,
      product: variant.product,
      variant_id: line.variantId,
      quantity: line.quantity,
      adjustments: [] as Adjustment[],
    }
  })
  const shippingMethod = {
    id: "shipping_0",
    name: draft.shipping.name,
    amount: draft.shipping.amount,
    is_tax_inclusive: draft.shipping.isTaxInclusive,
    shipping_option_id: draft.shipping.id,
    data: draft.shipping.data ?? {},
    tax_lines: taxLines.shipping,
    adjustments: [] as Adjustment[],
  }
  // The code is entered once the shipping method is chosen, as the simulated buyers do on every
  // path (a free-shipping code entered earlier would be dropped by Medusa): its actions are
  // computed on the cart with its method. Copies: the adjustments go on the originals below.
  const cart = decorateCartTotals({
    currency_code: shop.currencyCode,
    region_id: shop.regionId,
    email: draft.input.email,
    customer: draft.customer,
    items: items.map((item) => ({ ...item })),
    shipping_methods: [{ ...shippingMethod }],
  } as never)
  const codes = draft.input.promoCode ? [draft.input.promoCode] : []
  const actions = await container.resolve(Modules.PROMOTION).computeActions(codes, cart as never)
  const usage: { code: string; amount: number }[] = []
  for (const action of actions as { action: string; code: string; amount?: number; item_id?: string; shipping_method_id?: string; is_tax_inclusive?: boolean }[]) {
    const adjustment: Adjustment = {
      code: action.code,
      amount: Number(action.amount ?? 0),
      promotion_id: promotionIdsByCode.get(action.code),
    }
    if (action.action === "addItemAdjustment") {
      items.find((item) => item.id === action.item_id)?.adjustments.push({ ...adjustment, is_tax_inclusive: action.is_tax_inclusive })
      usage.push({ code: action.code, amount: adjustment.amount })
    } else if (action.action === "addShippingMethodAdjustment") {
      shippingMethod.adjustments.push(adjustment)
      usage.push({ code: action.code, amount: adjustment.amount })
    }
  }
  const priced = decorateCartTotals({ currency_code: shop.currencyCode, items, shipping_methods: [shippingMethod] } as never) as unknown as { total: unknown }
  const applied = new Set(usage.map((entry) => entry.code))
  return {
    // The order's items carry no cart-side ids or product objects: completeCart maps them the same way.
    items: items.map(({ id: _id, product: _product, ...item }) => item),
    shippingMethod: (({ id: _id, ...method }) => method)(shippingMethod),
    promotionIds: [...applied].map((code) => promotionIdsByCode.get(code)).filter((id): id is string => !!id),
    usage,
    total: Number(priced.total),
  }
}
