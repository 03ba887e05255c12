import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { SeoWidget } from "../components/seo/seo-widget"

/** SEO fields, Google preview and live advice under the product's details. */
const SeoProductWidget = ({ data }: DetailWidgetProps<AdminProduct>) => <SeoWidget type="product" id={data.id} />

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default SeoProductWidget
