import { describe, expect, it } from "vitest";
import { readShopDetails } from "./shop-details";

describe("readShopDetails", () => {
  it("reads the shop's legal details from the environment, missing ones as null", () => {
    const details = readShopDetails({ SHOP_EMAIL: " contact@boutique.fr ", SHOP_ADDRESS: "1 rue de la Paix\n75002 Paris" });
    expect(details.email).toBe("contact@boutique.fr");
    expect(details.address).toBe("1 rue de la Paix 75002 Paris");
    expect(details.registration).toBeNull();
    expect(details.legalName).toBeNull();
  });

  it("bounds a value's length", () => {
    expect(readShopDetails({ SHOP_HOST: "x".repeat(1000) }).host).toHaveLength(300);
  });
});
