import { describe, expect, it } from "vitest";
import { readSeoFields } from "./seo-fields";
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

describe("readSeoFields", () => {
  it("reads trimmed texts and a noindex flag written in any usual way", () => {
    expect(readSeoFields({ seo_title: " Titre ", seo_noindex: true })).toEqual({ title: "Titre", description: null, noindex: true });
    expect(readSeoFields({ seo_noindex: "1" }).noindex).toBe(true);
    expect(readSeoFields({ seo_noindex: "false" }).noindex).toBe(false);
  });

  it("ignores values of the wrong type and blank texts", () => {
    expect(readSeoFields({ seo_title: 42, seo_description: "   " })).toEqual({ title: null, description: null, noindex: false });
    expect(readSeoFields(null)).toEqual({ title: null, description: null, noindex: false });
  });
});
