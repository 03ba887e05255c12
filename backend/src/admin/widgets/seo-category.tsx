import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProductCategory, DetailWidgetProps } from "@medusajs/framework/types"
import { SeoWidget } from "../components/seo/seo-widget"

/** SEO fields, Google preview and live advice under the category's details. */
const SeoCategoryWidget = ({ data }: DetailWidgetProps<AdminProductCategory>) => <SeoWidget type="category" id={data.id} />

export const config = defineWidgetConfig({ zone: "product_category.details.after" })

export default SeoCategoryWidget
