import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureShopFoundations } from "../bootstrap/starter-shop"
import { ensureCustomers } from "./customers"
import { ensureImages } from "./images"
import { ensurePriceLists } from "./price-lists"
import { ensureProducts } from "./products"
import { ensurePromotions } from "./promotions"
import { ensureStaff } from "./staff"
import { ensureTaxonomy } from "./taxonomy"
import { ensureReducedTaxRates } from "./taxes"

export type DemoSeedOptions = {
  /** The password of the staff accounts: the main admin account's. */
  staffPassword: string | undefined
  /** The day campaign dates are counted from. */
  today: Date
}

/**
 * Creates whatever part of the demo shop is missing, in dependency order, each part found by
 * its handle, name, code or e-mail first. Running it on a complete demo shop writes nothing.
 */
export async function ensureDemoShop(container: MedusaContainer, demo: DemoShop, options: DemoSeedOptions) {
  const foundations = await ensureShopFoundations(container, demo)
  const taxonomy = await ensureTaxonomy(container, demo)
  const reducedRates = await ensureReducedTaxRates(container, demo, taxonomy.types)
  const images = await ensureImages(container, demo.products.flatMap((product) => product.images))
  const products = await ensureProducts(
    container,
    { ...foundations, currencyCode: demo.currencyCode },
    demo.products,
    { ...taxonomy, images }
  )
  const priceLists = await ensurePriceLists(container, demo)
  const customers = await ensureCustomers(container, demo)
  const staff = await ensureStaff(container, demo, options.staffPassword)
  const promotions = await ensurePromotions(
    container,
    demo,
    { category: taxonomy.categories, collection: taxonomy.collections, type: taxonomy.types, tag: taxonomy.tags, customerGroup: customers.groupIds },
    options.today
  )
  return {
    productsCreated: products.created,
    productsCompleted: products.completed,
    productsRepaired: products.repaired,
    reducedRates,
    priceLists,
    customersCreated: customers.created,
    staffCreated: staff,
    campaignsCreated: promotions.campaigns,
    promotionsCreated: promotions.promotions,
  }
}
