import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { revalidateStorefrontWorkflow } from "../workflows/storefront-revalidation/revalidate-storefront"
import { REVALIDATION_EVENTS, tagsForEvent } from "../workflows/storefront-revalidation/tags-by-event"

/** Catalogue, price, stock, region, promotion, store and SEO field changes refresh the storefront's cached pages. */
export default async function storefrontRevalidationHandler({ event, container }: SubscriberArgs<unknown>) {
  const tags = tagsForEvent(event.name, event.data)
  if (tags.length === 0) return
  await revalidateStorefrontWorkflow(container).run({ input: { tags } })
}

export const config: SubscriberConfig = {
  event: REVALIDATION_EVENTS,
  context: { subscriberId: "storefront-revalidation" },
}
