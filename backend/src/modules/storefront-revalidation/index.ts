import { Module } from "@medusajs/framework/utils"
import StorefrontRevalidationModuleService from "./service"

export const STOREFRONT_REVALIDATION_MODULE = "storefrontRevalidation"

export default Module(STOREFRONT_REVALIDATION_MODULE, {
  service: StorefrontRevalidationModuleService,
})

export type { StorefrontRevalidationModuleOptions } from "./service"
export { STOREFRONT_CACHE_TAGS, type StorefrontCacheTag } from "./cache-tags"
export { StorefrontRevalidationModuleService }
