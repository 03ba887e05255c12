import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { runSeoAuditWorkflow } from "../workflows/seo-audit/run-seo-audit"
import { SEO_AUDIT_REQUESTED, type SeoAuditRequested } from "../workflows/seo-audit/events"

/** Runs the crawl of an audit the admin just started (in the background of its request). */
export default async function seoAuditRequestedHandler({ event, container }: SubscriberArgs<SeoAuditRequested>) {
  await runSeoAuditWorkflow(container).run({ input: { id: event.data.id } })
}

export const config: SubscriberConfig = {
  event: SEO_AUDIT_REQUESTED,
  context: { subscriberId: "seo-audit-requested" },
}
