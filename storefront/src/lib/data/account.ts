import "server-only";

import { redirect } from "next/navigation";
import { cache } from "react";
import { type AccountCustomer, getCustomer } from "./customer";
import { getCustomerToken } from "./customer-session";

export const LOGIN_PATH = "/compte/connexion";

/**
 * The logged-in customer and their token, for the account pages; anyone else
 * goes to the login page, and comes back here afterwards.
 */
export const requireCustomer = cache(async (returnTo: string): Promise<{ token: string; customer: AccountCustomer }> => {
  const token = await getCustomerToken();
  if (!token) redirect(`${LOGIN_PATH}?retour=${encodeURIComponent(returnTo)}`);
  const customer = await getCustomer(token);
  if (!customer) redirect(`${LOGIN_PATH}?retour=${encodeURIComponent(returnTo)}`);
  return { token, customer };
});
