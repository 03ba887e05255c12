/**
 * Why Medusa refused a registration or a login, from its (English) message:
 * the page shows a French sentence for each reason, never Medusa's text.
 */
export type AuthRefusal = "email_taken" | "wrong_credentials" | "refused";

export function authRefusalFromMessage(message: string): AuthRefusal {
  if (/already (exists|has an account)|already registered/i.test(message)) return "email_taken";
  if (/invalid email or password|unauthorized/i.test(message)) return "wrong_credentials";
  return "refused";
}
