import { z } from "zod"

/** Codes as the admin accepts them: letters, digits, dash, underscore (the storefront checks the same). */
export const promotionCodeParams = z.object({
  code: z
    .string()
    .min(1)
    .max(50)
    .regex(/^[\p{L}\p{N}_-]+$/u, "A promotion code is made of letters, digits, dashes and underscores"),
})
export type PromotionCodeParams = z.infer<typeof promotionCodeParams>

/**
 * What a code discounts, in the shopper's terms: Medusa's `shipping_methods` target is
 * "shipping", so a storefront need not know Medusa's application-method vocabulary.
 */
export const PROMOTION_TARGETS = { items: "items", shipping_methods: "shipping", order: "order" } as const
export type PromotionCodeTarget = (typeof PROMOTION_TARGETS)[keyof typeof PROMOTION_TARGETS]

export type PromotionCodeResponse = { promotion_code: { code: string; applies_to: PromotionCodeTarget } }

/**
 * Why no running code answers to a name: `unknown` (no such code, or a draft nobody may see
 * yet), `not_started` (its campaign starts later), `ended` (campaign over, or deactivated).
 */
export const PROMOTION_CODE_UNAVAILABLE_REASONS = ["unknown", "not_started", "ended"] as const
export type PromotionCodeUnavailableReason = (typeof PROMOTION_CODE_UNAVAILABLE_REASONS)[number]

/** The 404 body: Medusa's error shape plus the reason, and nothing about the promotion itself. */
export type PromotionCodeNotFoundResponse = { type: "not_found"; message: string; reason: PromotionCodeUnavailableReason }
