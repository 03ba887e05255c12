import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCollection, DetailWidgetProps } from "@medusajs/framework/types"
import { SeoWidget } from "../components/seo/seo-widget"

/** SEO fields, Google preview and live advice under the collection's details. */
const SeoCollectionWidget = ({ data }: DetailWidgetProps<AdminCollection>) => <SeoWidget type="collection" id={data.id} />

export const config = defineWidgetConfig({ zone: "product_collection.details.after" })

export default SeoCollectionWidget
