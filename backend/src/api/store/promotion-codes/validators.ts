import { z } from "zod"

/** Codes as the admin accepts them: letters, digits, dash, underscore (the storefront checks the same). */
export const promotionCodeParams = z.object({
  code: z
    .string()
    .trim()
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
