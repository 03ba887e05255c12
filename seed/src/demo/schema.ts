import { z } from "zod"
import { checkShop, euros, handle, shopFields } from "../shop-definition"

/**
 * The demo shop: a shop (shop-definition.ts) plus what a living catalogue needs around it —
 * categories, collections, price lists, customers, campaigns and promotions. Cross-references
 * are by handle, name, SKU or code, and are all checked here, before anything is written.
 */

const categorySchema = z.object({
  handle,
  name: z.string().min(1).max(100),
  description: z.string().max(1000).default(""),
  parent: handle.optional(),
})

const collectionSchema = z.object({ handle, title: z.string().min(1).max(100) })

/** A reduced VAT rate, per country, for products of the listed types (books, food...). */
const reducedTaxRateSchema = z.object({
  code: z.string().min(1).max(20),
  name: z.string().min(1).max(60),
  productTypes: z.array(z.string().min(1)).min(1),
  rates: z.record(z.string().regex(/^[a-z]{2}$/), z.number().min(0).max(100)),
})

const priceListSchema = z.object({
  title: z.string().min(1).max(100),
  description: z.string().min(1).max(300),
  prices: z.array(z.object({ sku: z.string().min(1), amount: euros })).min(1),
})

const addressSchema = z.object({
  address1: z.string().min(1).max(200),
  postalCode: z.string().min(1).max(20),
  city: z.string().min(1).max(100),
  countryCode: z.string().regex(/^[a-z]{2}$/),
})

const customerSchema = z.object({
  email: z.email().max(200),
  firstName: z.string().min(1).max(100),
  lastName: z.string().min(1).max(100),
  phone: z.string().max(30).optional(),
  groups: z.array(z.string().min(1)).default([]),
  address: addressSchema,
})

const staffSchema = z.object({ email: z.email().max(200), firstName: z.string().min(1).max(100), lastName: z.string().min(1).max(100) })

/**
 * Dates are given in days from the day the shop is seeded, so an "expired" campaign stays
 * expired and a "scheduled" one stays in the future whenever the demo is installed.
 */
const campaignSchema = z
  .object({
    identifier: z.string().regex(/^[A-Z0-9-]+$/),
    name: z.string().min(1).max(100),
    description: z.string().max(300),
    startsInDays: z.number().int().min(-3650).max(3650).optional(),
    endsInDays: z.number().int().min(-3650).max(3650).optional(),
    budget: z
      .object({ type: z.enum(["spend", "usage"]), limit: z.number().positive().max(1_000_000) })
      .optional(),
  })
  .refine(
    (campaign) =>
      campaign.startsInDays === undefined || campaign.endsInDays === undefined || campaign.startsInDays < campaign.endsInDays,
    "a campaign must start before it ends"
  )

/** What a promotion rule points at; the runner turns handles and names into Medusa ids. */
export const ruleTargets = ["product", "category", "collection", "type", "tag", "customerGroup", "country"] as const

const ruleSchema = z.object({ on: z.enum(ruleTargets), in: z.array(z.string().min(1)).min(1) })

const promotionSchema = z.object({
  code: z.string().regex(/^[A-Z0-9_-]+$/, "a promotion code is upper-case letters, digits, - and _").max(40),
  /** One sentence a student reads in the admin (stored in the promotion's metadata). */
  label: z.string().min(1).max(200),
  type: z.enum(["standard", "buyget"]).default("standard"),
  automatic: z.boolean().default(false),
  status: z.enum(["draft", "active", "inactive"]).default("active"),
  discount: z.object({
    type: z.enum(["percentage", "fixed"]),
    value: z.number().positive().max(10_000),
    target: z.enum(["order", "items", "shipping_methods"]),
    allocation: z.enum(["each", "across", "once"]).optional(),
    maxQuantity: z.number().int().positive().optional(),
  }),
  rules: z.array(ruleSchema).default([]),
  targetRules: z.array(ruleSchema).default([]),
  buyRules: z.array(ruleSchema).default([]),
  buyMinQuantity: z.number().int().positive().optional(),
  applyToQuantity: z.number().int().positive().optional(),
  campaign: z.string().optional(),
  /** How many times the promotion may be used in all. */
  limit: z.number().int().positive().optional(),
})

const demoFields = shopFields.extend({
  brand: z.object({ name: z.string().min(1).max(100), tagline: z.string().max(200) }),
  categories: z.array(categorySchema).min(1),
  collections: z.array(collectionSchema).min(1),
  productTypes: z.array(z.string().min(1).max(60)).min(1),
  tags: z.array(z.string().min(1).max(60)),
  reducedTaxRates: z.array(reducedTaxRateSchema),
  priceLists: z.array(priceListSchema),
  customerGroups: z.array(z.object({ name: z.string().min(1).max(100) })),
  customers: z.array(customerSchema),
  staff: z.array(staffSchema),
  campaigns: z.array(campaignSchema),
  promotions: z.array(promotionSchema),
})

export const demoShopSchema = demoFields.superRefine((shop, ctx) => {
  checkShop(shop, ctx)
  for (const problem of crossReferenceProblems(shop)) ctx.addIssue({ code: "custom", message: problem })
})

export type DemoShop = z.infer<typeof demoShopSchema>
export type DemoPromotion = DemoShop["promotions"][number]
export type DemoCampaign = DemoShop["campaigns"][number]
export type DemoCustomer = DemoShop["customers"][number]
export type PromotionRule = z.infer<typeof ruleSchema>

function unique<T>(values: T[], what: string, problems: string[]) {
  const seen = new Set<T>()
  for (const value of values) {
    if (seen.has(value)) problems.push(`${what} ${String(value)} is defined twice`)
    seen.add(value)
  }
  return seen
}

/** Every reference between parts of the demo, checked in one pass so all problems show at once. */
function crossReferenceProblems(demo: DemoShop): string[] {
  const problems: string[] = []
  const categories = unique(demo.categories.map((c) => c.handle), "category", problems)
  const collections = unique(demo.collections.map((c) => c.handle), "collection", problems)
  const types = unique(demo.productTypes, "product type", problems)
  const tags = unique(demo.tags, "tag", problems)
  const groups = unique(demo.customerGroups.map((g) => g.name), "customer group", problems)
  const campaigns = unique(demo.campaigns.map((c) => c.identifier), "campaign", problems)
  unique(demo.promotions.map((p) => p.code), "promotion code", problems)
  unique(demo.customers.map((c) => c.email), "customer", problems)
  const products = new Set(demo.products.map((p) => p.handle))
  const skus = new Set(demo.products.flatMap((p) => p.variants.map((v) => v.sku)))
  const countries = new Set([demo.region, ...demo.otherRegions].flatMap((r) => r.countries))

  for (const category of demo.categories) {
    if (category.parent && !categories.has(category.parent)) problems.push(`category ${category.handle}: unknown parent ${category.parent}`)
  }
  for (const product of demo.products) {
    for (const category of product.categories) {
      if (!categories.has(category)) problems.push(`product ${product.handle}: unknown category ${category}`)
    }
    if (product.collection && !collections.has(product.collection)) problems.push(`product ${product.handle}: unknown collection ${product.collection}`)
    if (product.type && !types.has(product.type)) problems.push(`product ${product.handle}: unknown type ${product.type}`)
    for (const tag of product.tags) if (!tags.has(tag)) problems.push(`product ${product.handle}: unknown tag ${tag}`)
  }
  for (const rate of demo.reducedTaxRates) {
    for (const type of rate.productTypes) if (!types.has(type)) problems.push(`tax rate ${rate.code}: unknown product type ${type}`)
    for (const country of Object.keys(rate.rates)) if (!countries.has(country)) problems.push(`tax rate ${rate.code}: no region has ${country}`)
  }
  for (const list of demo.priceLists) {
    for (const price of list.prices) if (!skus.has(price.sku)) problems.push(`price list ${list.title}: unknown SKU ${price.sku}`)
  }
  for (const customer of demo.customers) {
    for (const group of customer.groups) if (!groups.has(group)) problems.push(`customer ${customer.email}: unknown group ${group}`)
    if (!countries.has(customer.address.countryCode)) problems.push(`customer ${customer.email}: no region ships to ${customer.address.countryCode}`)
  }
  const known: Record<PromotionRule["on"], Set<string>> = {
    product: products,
    category: categories,
    collection: collections,
    type: types,
    tag: tags,
    customerGroup: groups,
    country: countries,
  }
  for (const promotion of demo.promotions) {
    for (const rule of [...promotion.rules, ...promotion.targetRules, ...promotion.buyRules]) {
      for (const value of rule.in) if (!known[rule.on].has(value)) problems.push(`promotion ${promotion.code}: unknown ${rule.on} ${value}`)
    }
    if (promotion.campaign && !campaigns.has(promotion.campaign)) problems.push(`promotion ${promotion.code}: unknown campaign ${promotion.campaign}`)
    if (promotion.type === "buyget" && (!promotion.buyMinQuantity || !promotion.applyToQuantity || promotion.buyRules.length === 0)) {
      problems.push(`promotion ${promotion.code}: buy X get Y needs buyRules, buyMinQuantity and applyToQuantity`)
    }
  }
  return problems
}
