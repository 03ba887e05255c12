import "server-only";

import type { PromoTarget } from "@/lib/cart/deferred-promo";
import { isStoreRequestError, storeRequest } from "./cart";

type PromotionCodeResponse = { promotion_code: { code: string; applies_to: PromoTarget } };

/** What a running code discounts, `null` when the backend knows no running code by that name. */
export async function getPromotionCodeTarget(code: string): Promise<PromoTarget | null> {
  try {
    const { promotion_code } = await storeRequest<PromotionCodeResponse>(`/store/promotion-codes/${encodeURIComponent(code)}`);
    return promotion_code.applies_to;
  } catch (error) {
    if (isStoreRequestError(error) && error.status === 404) return null;
    throw error;
  }
}
