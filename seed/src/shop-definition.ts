import { z } from "zod"

/**
 * The shape of a shop the runner can create through Medusa's workflows. The starter shop
 * (first `npm start`) and the demo shop both follow it, so one runner serves both.
 * Every field added for the demo shop is optional or defaulted, so the starter stays valid.
 */
export const handle = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a handle is lower-case words joined by hyphens")

/** Prices are in euros TTC (tax included), as French shops display them. */
export const euros = z.number().positive().max(100_000).multipleOf(0.01)

const countryCode = z.string().regex(/^[a-z]{2}$/, "a country is an ISO 3166-1 alpha-2 code in lower case")

/** An image committed under seed/assets, uploaded through Medusa's File module by the runner. */
export const assetFile = z.string().regex(/^[a-z0-9-]+\.webp$/, "an asset is a lower-case .webp file name")

export const variantSchema = z.object({
  title: z.string().min(1).max(200),
  sku: z.string().min(1).max(64).regex(/^[A-Z0-9-]+$/, "a SKU is upper-case letters, digits and hyphens"),
  options: z.record(z.string().max(60), z.string().max(60)),
  price: euros,
  stock: z.number().int().min(0).max(1_000_000),
})

/**
 * Search-engine fields, stored by Comptoir's SEO module (backend/src/modules/seo) as meta_title,
 * meta_description and focus_keyword. The limits are the module's, so every definition can be stored.
 */
export const seoSchema = z.object({
  title: z.string().min(1).max(120).optional(),
  description: z.string().min(1).max(320).optional(),
  keyword: z.string().min(1).max(80).optional(),
})

export const productSchema = z
  .object({
    handle,
    title: z.string().min(1).max(200),
    subtitle: z.string().max(200).optional(),
    description: z.string().max(5000),
    status: z.enum(["published", "draft"]).default("published"),
    options: z.array(z.object({ title: z.string().min(1).max(60), values: z.array(z.string().min(1).max(60)).min(1) })).min(1),
    variants: z.array(variantSchema).min(1),
    /** Handles of the product's categories, collection, and the values of its type and tags. */
    categories: z.array(handle).default([]),
    collection: handle.optional(),
    type: z.string().min(1).max(60).optional(),
    tags: z.array(z.string().min(1).max(60)).default([]),
    /** The first image is the thumbnail. */
    images: z.array(assetFile).default([]),
    seo: seoSchema.optional(),
  })
  .superRefine((product, ctx) => {
    const optionTitles = new Set(product.options.map((option) => option.title))
    const combinations = new Set<string>()
    for (const variant of product.variants) {
      for (const [title, value] of Object.entries(variant.options)) {
        const option = product.options.find((o) => o.title === title)
        if (!option || !option.values.includes(value)) {
          ctx.addIssue({ code: "custom", message: `variant ${variant.sku} uses unknown option ${title}=${value}` })
        }
      }
      if (Object.keys(variant.options).length !== optionTitles.size) {
        ctx.addIssue({ code: "custom", message: `variant ${variant.sku} must set every option of ${product.handle}` })
      }
      const combination = JSON.stringify(Object.entries(variant.options).sort())
      if (combinations.has(combination)) {
        ctx.addIssue({ code: "custom", message: `two variants of ${product.handle} have the options ${combination}` })
      }
      combinations.add(combination)
    }
  })

export const shippingOptionSchema = z.object({
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(100),
  description: z.string().max(200),
  price: z.number().min(0).max(1000),
  /** "pickup" options belong to an in-store pickup fulfilment set, the others to the shipping one. */
  kind: z.enum(["shipping", "pickup"]).default("shipping"),
  /** Name of the region whose countries the option serves; the shop's main region when absent. */
  region: z.string().min(1).max(100).optional(),
  deliveryDays: z
    .object({ min: z.number().int().min(0).max(60), max: z.number().int().min(0).max(60) })
    .refine((days) => days.min <= days.max, "deliveryDays.min must not exceed deliveryDays.max")
    .optional(),
})

export const regionSchema = z.object({ name: z.string().min(1).max(100), countries: z.array(countryCode).min(1) })

export const taxRateSchema = z.object({ name: z.string().min(1).max(60), code: z.string().min(1).max(20), rate: z.number().min(0).max(100) })

/** The fields of a shop, before the cross-field checks: the demo shop extends them. */
export const shopFields = z.object({
  storeName: z.string().min(1).max(100),
  currencyCode: z.string().length(3),
  /** The main region: the store's default, and the one the starter's options serve. */
  region: regionSchema,
  otherRegions: z.array(regionSchema).default([]),
  /** The standard rate, for every country without an entry in countryTaxRates. */
  taxRate: taxRateSchema,
  countryTaxRates: z.record(countryCode, taxRateSchema).default({}),
  salesChannel: z.object({ name: z.string().min(1).max(100), description: z.string().max(200) }),
  publishableKeyTitle: z.string().min(1).max(100),
  stockLocation: z.object({ name: z.string().min(1).max(100), city: z.string().max(100), countryCode: z.string().length(2) }),
  shippingOptions: z.array(shippingOptionSchema).min(1),
  products: z.array(productSchema),
})

type ShopFields = z.infer<typeof shopFields>

/** Checks that span several fields; the demo shop's schema runs them too. */
export function checkShop(shop: ShopFields, ctx: z.RefinementCtx) {
  const report = (message: string) => ctx.addIssue({ code: "custom", message })
  const seen = new Set<string>()
  for (const sku of shop.products.flatMap((p) => p.variants.map((v) => v.sku))) {
    if (seen.has(sku)) report(`SKU ${sku} is used twice`)
    seen.add(sku)
  }
  const handles = new Set<string>()
  for (const product of shop.products) {
    if (handles.has(product.handle)) report(`handle ${product.handle} is used twice`)
    handles.add(product.handle)
  }
  const regions = [shop.region, ...shop.otherRegions]
  const countries = new Set<string>()
  for (const country of regions.flatMap((region) => region.countries)) {
    // Medusa refuses a country in two regions: say so before any write.
    if (countries.has(country)) report(`country ${country} belongs to two regions`)
    countries.add(country)
  }
  if (new Set(regions.map((region) => region.name)).size !== regions.length) report("two regions have the same name")
  for (const country of Object.keys(shop.countryTaxRates)) {
    if (!countries.has(country)) report(`tax rate for ${country}, which no region contains`)
  }
  for (const option of shop.shippingOptions) {
    if (option.region && !regions.some((region) => region.name === option.region)) {
      report(`shipping option ${option.name} serves unknown region ${option.region}`)
    }
  }
  if (new Set(shop.shippingOptions.map((option) => option.name)).size !== shop.shippingOptions.length) {
    report("two shipping options have the same name")
  }
}

export const shopDefinitionSchema = shopFields.superRefine(checkShop)

export type ShopDefinition = z.infer<typeof shopDefinitionSchema>
export type ProductDefinition = z.infer<typeof productSchema>
export type VariantDefinition = z.infer<typeof variantSchema>
export type ShippingOptionDefinition = z.infer<typeof shippingOptionSchema>
