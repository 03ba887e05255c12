/**
 * The message namespaces components running in the browser translate with (`useTranslations`
 * in client components and in the shared components they render). Only these are sent to the
 * browser: every page's HTML otherwise carried the whole catalogue of texts (legal pages,
 * search, metadata…), some 25 kB that each visit downloaded and parsed for nothing.
 * `client-messages.test.ts` fails when a hook reads a namespace missing here.
 */
export const CLIENT_MESSAGE_NAMESPACES = [
  "Account",
  "Cart",
  "Checkout",
  "Consent",
  "Error",
  "Price",
  "Product",
  "Stock",
] as const;

/** The part of `messages` the browser needs. */
export function pickClientMessages<Messages extends Record<string, unknown>>(messages: Messages): Partial<Messages> {
  const picked: Partial<Messages> = {};
  for (const namespace of CLIENT_MESSAGE_NAMESPACES) {
    if (namespace in messages) picked[namespace as keyof Messages] = messages[namespace as keyof Messages];
  }
  return picked;
}
