import { describe, expect, it } from "vitest";
import { fieldErrors } from "@/lib/checkout/schemas";
import { ADDRESS_ID, accountAddressSchema, loginSchema, newPasswordSchema, ORDER_ID, registerSchema } from "./schemas";

const valid = { firstName: "Léa", lastName: "Martin", email: "  Lea.Martin@Exemple.fr ", password: "motdepasse1" };

describe("registerSchema", () => {
  it("accepts a complete form and normalises the e-mail", () => {
    const parsed = registerSchema.parse(valid);
    expect(parsed.email).toBe("lea.martin@exemple.fr");
    expect(parsed.firstName).toBe("Léa");
  });

  it("says in French what is missing, field by field", () => {
    const result = registerSchema.safeParse({ firstName: " ", lastName: "", email: "pas-un-email", password: "" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual({
      firstName: "Indiquez votre prénom.",
      lastName: "Indiquez votre nom.",
      email: "Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).",
      password: "Choisissez un mot de passe.",
    });
  });
});

describe("newPasswordSchema", () => {
  it.each([
    ["court1", "Le mot de passe doit comporter au moins 8 caractères."],
    ["12345678", "Le mot de passe doit contenir au moins une lettre."],
    ["motdepasse", "Le mot de passe doit contenir au moins un chiffre."],
    [`a1${"x".repeat(80)}`, "Le mot de passe doit comporter au plus 72 caractères."],
  ])("refuses the weak password %s", (password, message) => {
    const result = newPasswordSchema.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("accepts accented letters as letters", () => {
    expect(newPasswordSchema.safeParse("étéàNoël2026").success).toBe(true);
  });
});

describe("loginSchema", () => {
  it("does not apply the new-password rules to a login", () => {
    expect(loginSchema.safeParse({ email: "a@b.fr", password: "x" }).success).toBe(true);
    expect(loginSchema.safeParse({ email: "a@b.fr", password: "" }).error?.issues[0]?.message).toBe(
      "Indiquez votre mot de passe.",
    );
  });
});

describe("accountAddressSchema", () => {
  it("uses the checkout's French postal-code rule", () => {
    const result = accountAddressSchema.safeParse({
      firstName: "Léa",
      lastName: "Martin",
      address1: "3 rue des Lilas",
      postalCode: "690",
      city: "Lyon",
      countryCode: "FR",
    });
    expect(result.error?.issues[0]?.message).toBe("Le code postal doit comporter 5 chiffres (exemple : 69001).");
  });
});

describe("ids", () => {
  it("recognise Medusa's customer-address and order ids only", () => {
    expect(ADDRESS_ID.test("cuaddr_01M8KSH55CEDQX432R91AZ2K24")).toBe(true);
    expect(ADDRESS_ID.test("cuaddr_../../x")).toBe(false);
    expect(ORDER_ID.test("order_01M8KSH55CEDQX432R91AZ2K24")).toBe(true);
    expect(ORDER_ID.test("cart_01")).toBe(false);
  });
});
