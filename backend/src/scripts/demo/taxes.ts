import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTaxRatesWorkflow } from "@medusajs/medusa/core-flows"

/**
 * The reduced VAT rates (food, books): in each country's tax region, a rate with a rule on the
 * product types it covers. Medusa's tax provider prefers a product-type rate to the default one.
 */
export async function ensureReducedTaxRates(container: MedusaContainer, demo: DemoShop, typeIds: ReadonlyMap<string, string>) {
  const tax = container.resolve(Modules.TAX)
  const regions = await tax.listTaxRegions(
    { country_code: demo.reducedTaxRates.flatMap((rate) => Object.keys(rate.rates)) },
    { select: ["id", "country_code", "parent_id"] }
  )
  const regionOf = new Map(regions.filter((region) => !region.parent_id).map((region) => [region.country_code, region.id]))
  const existing = await tax.listTaxRates({ tax_region_id: [...regionOf.values()] }, { select: ["tax_region_id", "code"] })
  const present = new Set(existing.map((rate) => `${rate.tax_region_id}:${rate.code}`))

  const missing = demo.reducedTaxRates.flatMap((rate) =>
    Object.entries(rate.rates).flatMap(([country, value]) => {
      const taxRegionId = regionOf.get(country)
      if (!taxRegionId) throw new Error(`no tax region for ${country}: its region must be created first`)
      if (present.has(`${taxRegionId}:${rate.code}`)) return []
      return [
        {
          tax_region_id: taxRegionId,
          name: rate.name,
          code: rate.code,
          rate: value,
          is_default: false,
          rules: rate.productTypes.map((type) => {
            const id = typeIds.get(type)
            if (!id) throw new Error(`tax rate ${rate.code}: product type ${type} was not created`)
            return { reference: "product_type", reference_id: id }
          }),
        },
      ]
    })
  )
  if (missing.length > 0) await createTaxRatesWorkflow(container).run({ input: missing })
  return missing.length
}
