import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { promotionCodeParams } from "./validators"

/**
 * Medusa validates bodies and queries in middlewares but has no helper for path parameters:
 * this one refuses a malformed code with a 400 before the route runs. The schema does not
 * transform, so the route can read `req.params.code` as is (Express gives each layer its own
 * `req.params`, a rewritten value would not reach the route).
 */
function validatePromotionCodeParams(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = promotionCodeParams.safeParse(req.params)
  if (parsed.success) return next()
  next(new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues.map((issue) => issue.message).join("; ")))
}

/** The promotion-code route's wiring, spread into `src/api/middlewares.ts`. */
export const promotionCodeMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/promotion-codes/:code",
    methods: ["GET"],
    middlewares: [validatePromotionCodeParams],
  },
]
