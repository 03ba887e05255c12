import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { preferredAddress, toAccountAddress, toMedusaAddress } from "./addresses";

const medusa = {
  id: "cuaddr_1",
  first_name: "Léa",
  last_name: "Martin",
  address_1: "3 rue des Lilas",
  address_2: null,
  postal_code: "69001",
  city: "Lyon",
  country_code: "FR",
  phone: null,
  is_default_shipping: false,
} as unknown as HttpTypes.StoreCustomerAddress;

describe("account addresses", () => {
  it("reads Medusa's address with empty strings for missing fields", () => {
    expect(toAccountAddress(medusa)).toEqual({
      id: "cuaddr_1",
      firstName: "Léa",
      lastName: "Martin",
      address1: "3 rue des Lilas",
      address2: "",
      postalCode: "69001",
      city: "Lyon",
      countryCode: "fr",
      phone: "",
      isDefaultShipping: false,
    });
  });

  it("writes the validated form in Medusa's field names", () => {
    const body = toMedusaAddress({
      firstName: "Léa",
      lastName: "Martin",
      address1: "3 rue des Lilas",
      address2: "",
      postalCode: "69001",
      city: "Lyon",
      countryCode: "fr",
      phone: "",
    });
    expect(body).toMatchObject({ first_name: "Léa", address_1: "3 rue des Lilas", country_code: "fr" });
  });

  it("prefers the default delivery address", () => {
    const first = toAccountAddress(medusa);
    const second = { ...first, id: "cuaddr_2", isDefaultShipping: true };
    expect(preferredAddress([first, second])?.id).toBe("cuaddr_2");
    expect(preferredAddress([first])?.id).toBe("cuaddr_1");
    expect(preferredAddress([])).toBeNull();
  });
});
