import { z } from "zod"

/**
 * The shape of a shop the runner can create through Medusa's workflows. The starter shop
 * (first `npm start`) and the demo shop both follow it, so one runner serves both.
 */
const handle = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "a handle is lower-case words joined by hyphens")

/** Prices are in euros TTC (tax included), as French shops display them. */
const euros = z.number().positive().max(100_000).multipleOf(0.01)

export const variantSchema = z.object({
  title: z.string().min(1).max(200),
  sku: z.string().min(1).max(64).regex(/^[A-Z0-9-]+$/, "a SKU is upper-case letters, digits and hyphens"),
  options: z.record(z.string().max(60), z.string().max(60)),
  price: euros,
  stock: z.number().int().min(0).max(1_000_000),
})

export const productSchema = z
  .object({
    handle,
    title: z.string().min(1).max(200),
    subtitle: z.string().max(200).optional(),
    description: z.string().max(5000),
    options: z.array(z.object({ title: z.string().min(1).max(60), values: z.array(z.string().min(1).max(60)).min(1) })).min(1),
    variants: z.array(variantSchema).min(1),
  })
  .superRefine((product, ctx) => {
    const optionTitles = new Set(product.options.map((option) => option.title))
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
    }
  })

export const shippingOptionSchema = z.object({
  code: z.string().min(1).max(40),
  name: z.string().min(1).max(100),
  description: z.string().max(200),
  price: z.number().min(0).max(1000),
})

export const shopDefinitionSchema = z
  .object({
    storeName: z.string().min(1).max(100),
    currencyCode: z.string().length(3),
    region: z.object({ name: z.string().min(1).max(100), countries: z.array(z.string().length(2)).min(1) }),
    taxRate: z.object({ name: z.string().min(1).max(60), code: z.string().min(1).max(20), rate: z.number().min(0).max(100) }),
    salesChannel: z.object({ name: z.string().min(1).max(100), description: z.string().max(200) }),
    publishableKeyTitle: z.string().min(1).max(100),
    stockLocation: z.object({ name: z.string().min(1).max(100), city: z.string().max(100), countryCode: z.string().length(2) }),
    shippingOptions: z.array(shippingOptionSchema).min(1),
    products: z.array(productSchema),
  })
  .superRefine((shop, ctx) => {
    const seen = new Set<string>()
    for (const sku of shop.products.flatMap((p) => p.variants.map((v) => v.sku))) {
      if (seen.has(sku)) ctx.addIssue({ code: "custom", message: `SKU ${sku} is used twice` })
      seen.add(sku)
    }
    const handles = new Set<string>()
    for (const product of shop.products) {
      if (handles.has(product.handle)) ctx.addIssue({ code: "custom", message: `handle ${product.handle} is used twice` })
      handles.add(product.handle)
    }
  })

export type ShopDefinition = z.infer<typeof shopDefinitionSchema>
export type ProductDefinition = z.infer<typeof productSchema>
