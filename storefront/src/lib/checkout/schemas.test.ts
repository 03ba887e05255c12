import { describe, expect, it } from "vitest";
import { addressStepSchema, emailStepSchema, fieldErrors, paymentStepSchema, shippingStepSchema } from "./schemas";

const address = {
  firstName: "Camille",
  lastName: "Martin",
  address1: "12 rue de la République",
  postalCode: "69001",
  city: "Lyon",
  countryCode: "FR",
};

describe("emailStepSchema", () => {
  it("accepts and trims an address", () => {
    expect(emailStepSchema.parse({ email: " camille@exemple.fr " })).toEqual({ email: "camille@exemple.fr" });
  });

  it("explains in French what is wrong", () => {
    const empty = emailStepSchema.safeParse({ email: "" });
    expect(empty.success || fieldErrors(empty.error).email).toBe("Indiquez votre adresse e-mail.");
    const wrong = emailStepSchema.safeParse({ email: "camille@" });
    expect(wrong.success || fieldErrors(wrong.error).email).toMatch(/n’est pas valide/);
    const missing = emailStepSchema.safeParse({});
    expect(missing.success).toBe(false);
  });
});

describe("addressStepSchema", () => {
  it("accepts a French address and normalises the country code", () => {
    expect(addressStepSchema.parse(address)).toEqual({ ...address, countryCode: "fr", address2: "", phone: "" });
  });

  it("names each missing or wrong field", () => {
    const result = addressStepSchema.safeParse({ ...address, firstName: " ", postalCode: "6900", phone: "abc" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      firstName: "Indiquez votre prénom.",
      postalCode: "Le code postal doit comporter 5 chiffres (exemple : 69001).",
      phone: "Ce numéro de téléphone n’est pas valide (exemple : 06 12 34 56 78).",
    });
  });

  it("checks the postal code against the delivery country's format", () => {
    expect(addressStepSchema.safeParse({ ...address, countryCode: "BE", postalCode: "1000" }).success).toBe(true);
    expect(addressStepSchema.safeParse({ ...address, countryCode: "lu", postalCode: "L-1009" }).success).toBe(true);
    const french = addressStepSchema.safeParse({ ...address, countryCode: "fr", postalCode: "1000" });
    expect(french.success).toBe(false);
    const belgian = addressStepSchema.safeParse({ ...address, countryCode: "be", postalCode: "69001" });
    expect(belgian.success ? {} : fieldErrors(belgian.error)).toEqual({
      postalCode: "Le code postal belge comporte 4 chiffres (exemple : 1000).",
    });
  });

  it("refuses oversized input instead of passing it to the backend", () => {
    expect(addressStepSchema.safeParse({ ...address, city: "x".repeat(101) }).success).toBe(false);
  });
});

describe("shipping and payment steps", () => {
  it("needs a shipping option", () => {
    const result = shippingStepSchema.safeParse({ optionId: "" });
    expect(result.success || fieldErrors(result.error).optionId).toBe("Choisissez un mode de livraison.");
    expect(shippingStepSchema.parse({ optionId: "so_1" })).toEqual({ optionId: "so_1" });
  });

  it("only takes the demonstration payment", () => {
    expect(paymentStepSchema.safeParse({ providerId: "pp_system_default" }).success).toBe(true);
    expect(paymentStepSchema.safeParse({ providerId: "pp_stripe" }).success).toBe(false);
  });
});
