import type { HttpTypes } from "@medusajs/types";
import type { CartAddress } from "@/lib/cart/view";
import type { AccountAddressInput } from "./schemas";

/** A saved address as the account and checkout pages use it (same fields as the cart's). */
export type AccountAddress = CartAddress & { id: string; isDefaultShipping: boolean };

export function toAccountAddress(address: HttpTypes.StoreCustomerAddress): AccountAddress {
  return {
    id: address.id,
    firstName: address.first_name ?? "",
    lastName: address.last_name ?? "",
    address1: address.address_1 ?? "",
    address2: address.address_2 ?? "",
    postalCode: address.postal_code ?? "",
    city: address.city ?? "",
    countryCode: (address.country_code ?? "").toLowerCase(),
    phone: address.phone ?? "",
    isDefaultShipping: Boolean(address.is_default_shipping),
  };
}

/** The body Medusa expects for `/store/customers/me/addresses`. */
export function toMedusaAddress(input: AccountAddressInput) {
  return {
    first_name: input.firstName,
    last_name: input.lastName,
    address_1: input.address1,
    address_2: input.address2,
    postal_code: input.postalCode,
    city: input.city,
    country_code: input.countryCode,
    phone: input.phone,
  };
}

/** The address checkout starts from: the default delivery address, else the newest one. */
export function preferredAddress(addresses: readonly AccountAddress[]): AccountAddress | null {
  return addresses.find((address) => address.isDefaultShipping) ?? addresses[0] ?? null;
}
