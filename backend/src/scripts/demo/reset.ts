import type { DemoShop } from "@comptoir/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  deleteCampaignsWorkflow,
  deleteCollectionsWorkflow,
  deleteCustomerGroupsWorkflow,
  deleteCustomersWorkflow,
  deletePriceListsWorkflow,
  deleteProductCategoriesWorkflow,
  deletePromotionsWorkflow,
  linkCustomersToCustomerGroupWorkflow,
  removeCustomerAccountWorkflow,
  updateCollectionsWorkflow,
  updateCustomersWorkflow,
  updateProductCategoriesWorkflow,
} from "@medusajs/medusa/core-flows"
import { ensureShopFoundations } from "../bootstrap/starter-shop"
import { ensureDemoShop, type DemoSeedOptions } from "./ensure-demo-shop"
import { ensureImages } from "./images"
import { resetProducts, type ResetReport } from "./reset-products"
import { ensureTaxonomy } from "./taxonomy"

/**
 * `npm run reset`: deletes what the demo does not define and puts back what was changed —
 * products, categories, collections, price lists, promotions, campaigns, customers and their
 * groups — then seeds whatever is missing. Orders are left alone. Every write is a workflow.
 */
export async function resetDemoShop(container: MedusaContainer, demo: DemoShop, options: DemoSeedOptions): Promise<ResetReport> {
  const report: ResetReport = { done: [], refused: [] }
  const foundations = await ensureShopFoundations(container, demo)
  await resetTaxonomy(container, demo, report)
  const taxonomy = await ensureTaxonomy(container, demo)
  const images = await ensureImages(container, demo.products.flatMap((product) => product.images))
  await resetProducts(container, demo, { locationId: foundations.locationId, ids: { ...taxonomy, images } }, report)
  await resetOffers(container, report)
  await resetCustomers(container, demo, report)
  await ensureDemoShop(container, demo, options)
  return report
}

async function resetTaxonomy(container: MedusaContainer, demo: DemoShop, report: ResetReport) {
  const products = container.resolve(Modules.PRODUCT)
  const categories = await products.listProductCategories(
    {},
    { select: ["id", "handle", "name", "description", "is_active", "is_internal", "parent_category_id"], take: null }
  )
  const byHandle = new Map(categories.map((category) => [category.handle, category]))
  for (const definition of demo.categories) {
    const category = byHandle.get(definition.handle)
    if (!category) continue
    const parentId = definition.parent ? (byHandle.get(definition.parent)?.id ?? null) : null
    if (
      category.name !== definition.name ||
      (category.description ?? "") !== definition.description ||
      !category.is_active ||
      category.is_internal ||
      (category.parent_category_id ?? null) !== parentId
    ) {
      await updateProductCategoriesWorkflow(container).run({
        input: {
          selector: { id: category.id },
          update: { name: definition.name, description: definition.description, is_active: true, is_internal: false, parent_category_id: parentId },
        },
      })
      report.done.push(`catégorie « ${definition.handle} » remise à l'identique`)
    }
  }
  // Children before their parents.
  const depth = (id: string | null, seen = 0): number => {
    const parent = categories.find((category) => category.id === id)?.parent_category_id ?? null
    return parent && seen < 50 ? 1 + depth(parent, seen + 1) : 0
  }
  const extra = categories
    .filter((category) => !demo.categories.some((definition) => definition.handle === category.handle))
    .sort((a, b) => depth(b.id) - depth(a.id))
  for (const category of extra) {
    await deleteProductCategoriesWorkflow(container).run({ input: [category.id] })
    report.done.push(`catégorie « ${category.handle} » supprimée`)
  }

  const collections = await products.listProductCollections({}, { select: ["id", "handle", "title"], take: null })
  for (const collection of collections) {
    const definition = demo.collections.find((candidate) => candidate.handle === collection.handle)
    if (!definition) {
      await deleteCollectionsWorkflow(container).run({ input: { ids: [collection.id] } })
      report.done.push(`collection « ${collection.handle} » supprimée`)
    } else if (collection.title !== definition.title) {
      await updateCollectionsWorkflow(container).run({ input: { selector: { id: collection.id }, update: { title: definition.title } } })
      report.done.push(`collection « ${collection.handle} » remise à l'identique`)
    }
  }
}

/** Price lists, promotions and campaigns are few and cheap to create: all of them are recreated. */
async function resetOffers(container: MedusaContainer, report: ResetReport) {
  const pricing = container.resolve(Modules.PRICING)
  const promotions = container.resolve(Modules.PROMOTION)
  const priceLists = await pricing.listPriceLists({}, { select: ["id"], take: null })
  if (priceLists.length > 0) await deletePriceListsWorkflow(container).run({ input: { ids: priceLists.map((list) => list.id) } })
  const allPromotions = await promotions.listPromotions({}, { select: ["id"], take: null })
  if (allPromotions.length > 0) await deletePromotionsWorkflow(container).run({ input: { ids: allPromotions.map((p) => p.id) } })
  const campaigns = await promotions.listCampaigns({}, { select: ["id"], take: null })
  if (campaigns.length > 0) await deleteCampaignsWorkflow(container).run({ input: { ids: campaigns.map((c) => c.id) } })
  report.done.push(
    `${priceLists.length} liste(s) de prix, ${allPromotions.length} promotion(s) et ${campaigns.length} campagne(s) recréées`
  )
}

async function resetCustomers(container: MedusaContainer, demo: DemoShop, report: ResetReport) {
  const customerModule = container.resolve(Modules.CUSTOMER)
  const customers = await customerModule.listCustomers(
    {},
    { select: ["id", "email", "first_name", "last_name", "phone", "has_account"], take: null }
  )
  for (const customer of customers) {
    const definition = demo.customers.find((candidate) => candidate.email === customer.email)
    if (!definition) {
      // An account also has a login (auth identity): removing the account removes both.
      if (customer.has_account) await removeCustomerAccountWorkflow(container).run({ input: { customerId: customer.id } })
      else await deleteCustomersWorkflow(container).run({ input: { ids: [customer.id] } })
      report.done.push(`client « ${customer.email} » supprimé`)
    } else if (
      customer.first_name !== definition.firstName ||
      customer.last_name !== definition.lastName ||
      (customer.phone ?? null) !== (definition.phone ?? null)
    ) {
      await updateCustomersWorkflow(container).run({
        input: {
          selector: { id: customer.id },
          update: { first_name: definition.firstName, last_name: definition.lastName, phone: definition.phone ?? null },
        },
      })
      report.done.push(`client « ${customer.email} » remis à l'identique`)
    }
  }

  const groups = await customerModule.listCustomerGroups({}, { relations: ["customers"], take: null })
  for (const group of groups) {
    if (!demo.customerGroups.some((definition) => definition.name === group.name)) {
      await deleteCustomerGroupsWorkflow(container).run({ input: { ids: [group.id] } })
      report.done.push(`groupe de clients « ${group.name} » supprimé`)
      continue
    }
    const remove = (group.customers ?? [])
      .filter((member) => !demo.customers.some((c) => c.email === member.email && c.groups.includes(group.name)))
      .flatMap((member) => (member.id ? [member.id] : []))
    if (remove.length > 0) await linkCustomersToCustomerGroupWorkflow(container).run({ input: { id: group.id, remove } })
  }
}
