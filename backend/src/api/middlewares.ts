import { defineMiddlewares } from "@medusajs/framework/http"
import { ingestCors } from "./ingest/cors"

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
  ],
})
