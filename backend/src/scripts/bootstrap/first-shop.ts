import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { updateStoresWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Set in the store's metadata once the first shop (demo or starter) is complete. Its absence is
 * what "first start" means: a start interrupted half-way finds no mark and finishes the job, and
 * a shop the students have since changed is never filled again behind their back.
 */
const INSTALLED_KEY = "comptoir_installed_at"
const TEMPLATE_KEY = "comptoir_installed_shop"

export type ShopTemplate = "demo" | "starter"

async function defaultStore(container: MedusaContainer) {
  const [store] = await container.resolve(Modules.STORE).listStores({}, { take: 1 })
  if (!store) throw new Error("Medusa has no store: the database was not initialised")
  return store
}

export async function installedShop(container: MedusaContainer): Promise<ShopTemplate | null> {
  const store = await defaultStore(container)
  if (!store.metadata?.[INSTALLED_KEY]) return null
  return store.metadata[TEMPLATE_KEY] === "starter" ? "starter" : "demo"
}

export async function markShopInstalled(container: MedusaContainer, template: ShopTemplate, now = new Date()) {
  const store = await defaultStore(container)
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: { metadata: { ...store.metadata, [INSTALLED_KEY]: now.toISOString(), [TEMPLATE_KEY]: template } },
    },
  })
}
