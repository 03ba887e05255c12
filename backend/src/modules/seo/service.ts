import { MedusaService } from "@medusajs/framework/utils"
import { SeoFields } from "./models/seo-fields"

/** CRUD of SEO records (`listSeoFields`, `createSeoFields`…); the rules live in the workflows. */
export default class SeoModuleService extends MedusaService({ SeoFields }) {}
