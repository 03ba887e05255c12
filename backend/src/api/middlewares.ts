import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { startSeoAuditBody } from "./admin/seo-audits/validators"
import { seoMiddlewares } from "./admin/seo/seo-middlewares"
import { promotionCodeMiddlewares } from "./store/promotion-codes/middlewares"
import { ingestCors } from "./ingest/cors"
import { recordAdminActivity } from "./admin-activity/middleware"
import { serializeCartCompletion } from "./store/carts/checkout-lock"

export default defineMiddlewares({
  routes: [
    {
      // The capture routes read the raw bytes themselves: posthog-js sends gzip labelled
      // text/plain, which a text parser would corrupt, and the size limit must count the
      // bytes as received (ingest/read-raw-body.ts).
      matcher: "/ingest/*",
      bodyParser: false,
    },
    {
      matcher: "/ingest/*",
      middlewares: [ingestCors],
    },
    {
      // Every successful admin change goes to the activity journal (admin-activity/middleware.ts).
      matcher: "/admin/*",
      middlewares: [recordAdminActivity],
    },
    {
      matcher: "/admin/seo-audits",
      methods: ["POST"],
      middlewares: [validateAndTransformBody(startSeoAuditBody)],
    },
    ...seoMiddlewares,
    ...promotionCodeMiddlewares,
    {
      // Checkouts on the same stock or promotion run one at a time (store/carts/checkout-lock.ts).
      matcher: "/store/carts/:id/complete",
      methods: ["POST"],
      middlewares: [serializeCartCompletion],
    },
  ],
})
