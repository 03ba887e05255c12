"use server";

import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AccountFailure, AccountFormState } from "./account/form-state";
import { accountAddressSchema, ADDRESS_ID, loginSchema, registerSchema } from "./account/schemas";
import { ACCOUNT_HOME, safeReturnPath } from "./account/return-path";
import { fieldErrors } from "./checkout/schemas";
import { forgetCart, isStoreRequestError } from "./data/cart";
import {
  attachCartToCustomer,
  createAddress,
  deleteAddress,
  isAuthRefused,
  logInCustomer,
  registerCustomer,
  updateAddress,
} from "./data/customer";
import { forgetCustomerToken, getCustomerToken, rememberCustomerToken } from "./data/customer-session";
import { isBackendUnavailable } from "./data/errors";

/**
 * The account's forms. Every value is checked here with zod (the browser is not
 * trusted); every refusal comes back as a reason the page shows in French, with
 * the typed values (never the password) so nothing has to be typed twice.
 */

const LOGIN_PATH = "/compte/connexion";
const ADDRESSES_PATH = "/compte/adresses";

/** Typed values to put back in the form; passwords never travel back to the browser. */
function keptValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !/password/i.test(key) && !key.startsWith("$")) values[key] = value.slice(0, 300);
  }
  return values;
}

function invalid(error: z.ZodError, formData: FormData): AccountFormState {
  return { status: "error", reason: "invalid", fields: fieldErrors(error), values: keptValues(formData) };
}

function refused(error: unknown, formData: FormData, storeRefusal: AccountFailure): AccountFormState {
  const values = keptValues(formData);
  if (isAuthRefused(error)) return { status: "error", reason: error.reason, fields: {}, values };
  if (isStoreRequestError(error)) {
    console.warn(`[storefront] account refused: ${error.message}`);
    return { status: "error", reason: storeRefusal, fields: {}, values };
  }
  if (isBackendUnavailable(error)) {
    console.warn(`[storefront] account: ${error.message}`);
    return { status: "error", reason: "unavailable", fields: {}, values };
  }
  throw error;
}

/** After a login: the session cookie, and the visitor's cart becomes the customer's. */
async function startSession(token: string): Promise<void> {
  await rememberCustomerToken(token);
  try {
    await attachCartToCustomer(token);
  } catch (error) {
    // Logged in all the same: the cart is attached again when the checkout saves the address.
    if (!isStoreRequestError(error) && !isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] cart not attached to the customer: ${error.message}`);
  }
}

export async function registerAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = registerSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await startSession(await registerCustomer(parsed.data));
  } catch (error) {
    return refused(error, formData, "refused");
  }
  redirect(`${ACCOUNT_HOME}?bienvenue=1`);
}

export async function loginAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const parsed = loginSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    await startSession(await logInCustomer(parsed.data));
  } catch (error) {
    return refused(error, formData, "wrong_credentials");
  }
  redirect(safeReturnPath(formData.get("returnTo")));
}

/** The JWT is stateless: logging out is forgetting it, and the customer's cart with it. */
export async function logoutAction(): Promise<void> {
  await forgetCustomerToken();
  // On a shared classroom computer the next visitor must not inherit the cart.
  await forgetCart();
  redirect("/");
}

async function requireToken(): Promise<string> {
  const token = await getCustomerToken();
  if (!token) redirect(LOGIN_PATH);
  return token;
}

export async function saveAddressAction(_previous: AccountFormState, formData: FormData): Promise<AccountFormState> {
  const token = await requireToken();
  const rawId = formData.get("addressId");
  const addressId = typeof rawId === "string" && rawId.length > 0 ? rawId : null;
  if (addressId && !ADDRESS_ID.test(addressId)) {
    return { status: "error", reason: "invalid", fields: {}, values: keptValues(formData) };
  }
  const parsed = accountAddressSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error, formData);
  try {
    if (addressId) await updateAddress(token, addressId, parsed.data);
    else await createAddress(token, parsed.data);
  } catch (error) {
    return refused(error, formData, "address_refused");
  }
  redirect(`${ADDRESSES_PATH}?statut=${addressId ? "modifiee" : "ajoutee"}`);
}

export async function deleteAddressAction(formData: FormData): Promise<void> {
  const token = await requireToken();
  const addressId = formData.get("addressId");
  if (typeof addressId !== "string" || !ADDRESS_ID.test(addressId)) redirect(ADDRESSES_PATH);
  let outcome = "supprimee";
  try {
    await deleteAddress(token, addressId);
  } catch (error) {
    if (!isStoreRequestError(error) && !isBackendUnavailable(error)) throw error;
    console.warn(`[storefront] address not deleted: ${error.message}`);
    outcome = "erreur";
  }
  redirect(`${ADDRESSES_PATH}?statut=${outcome}`);
}
