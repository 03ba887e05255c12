import { allowFields, type MiddlewareRoute, validateAndTransformBody } from "@medusajs/framework/http"
import { SEO_GRAPH_FIELDS } from "../../../workflows/seo/catalogue-items"
import { postSeoFieldsBody } from "./validators"

/**
 * The store routes whose items carry SEO fields (the list and `/:id`). Medusa's store routes
 * only return the fields they allow, and silently drop the others: `allowFields` adds the link.
 * The `*` matters: Medusa runs wildcard matchers before the static and `:id` ones, where the
 * route's own query validation consumes the allowed list — a plain matcher would come too late.
 */
const STORE_ROUTES_WITH_SEO = ["/store/products*", "/store/collections*", "/store/product-categories*"]

/** The SEO routes' wiring, spread into `src/api/middlewares.ts`. */
export const seoMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/seo/:entity_type/:entity_id",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(postSeoFieldsBody)],
  },
  {
    // The import reads the CSV's raw bytes itself (size limit, and Windows-1252 files).
    matcher: "/admin/seo/import",
    methods: ["POST"],
    bodyParser: false,
  },
  ...STORE_ROUTES_WITH_SEO.map(
    (matcher): MiddlewareRoute => ({ matcher, methods: ["GET"], middlewares: [allowFields("seo", "seo.*", ...SEO_GRAPH_FIELDS)] })
  ),
]
