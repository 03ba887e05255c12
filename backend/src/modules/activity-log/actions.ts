/**
 * What a journal entry says happened. The generic verbs cover every admin route; the order
 * verbs name the steps a teacher looks for (a payment captured, an order shipped…).
 */
export const ACTIVITY_ACTIONS = [
  "created",
  "updated",
  "deleted",
  "captured",
  "fulfilled",
  "shipped",
  "delivered",
  "refunded",
  "canceled",
  "other",
] as const

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number]
