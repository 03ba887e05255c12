import "server-only";

import { type PromoCodeLookup, type PromoTarget, promoUnavailableReasonFromMessage } from "@/lib/cart/deferred-promo";
import { isStoreRequestError, storeRequest } from "./cart";

type PromotionCodeResponse = { promotion_code: { code: string; applies_to: PromoTarget } };

/** What a running code discounts, or why the backend knows no running code by that name. */
export async function lookupPromotionCode(code: string): Promise<PromoCodeLookup> {
  try {
    const { promotion_code } = await storeRequest<PromotionCodeResponse>(`/store/promotion-codes/${encodeURIComponent(code)}`);
    return { running: true, target: promotion_code.applies_to };
  } catch (error) {
    if (isStoreRequestError(error) && error.status === 404) {
      return { running: false, reason: promoUnavailableReasonFromMessage(error.message) };
    }
    throw error;
  }
}
