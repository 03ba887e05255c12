import { z } from "zod";

/**
 * What each checkout step accepts, checked in the browser (to show the message
 * next to the field) and again in the server action (the browser is not trusted).
 * Messages are French: these are the words a student's customer reads.
 */

export const emailStepSchema = z.object({
  email: z
    .string({ error: "Indiquez votre adresse e-mail." })
    .trim()
    .min(1, "Indiquez votre adresse e-mail.")
    .max(254, "Cette adresse e-mail est trop longue.")
    .pipe(z.email("Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr).")),
});

const requiredText = (empty: string, max = 100) =>
  z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .max(max, `${max} caractères au maximum.`);

/** Postal code formats of the countries a shop is likely to sell to; others get a loose check. */
const POSTAL_CODE_FORMATS: Record<string, { pattern: RegExp; message: string }> = {
  fr: { pattern: /^\d{5}$/, message: "Le code postal doit comporter 5 chiffres (exemple : 69001)." },
  de: { pattern: /^\d{5}$/, message: "Le code postal allemand comporte 5 chiffres (exemple : 10115)." },
  es: { pattern: /^\d{5}$/, message: "Le code postal espagnol comporte 5 chiffres (exemple : 28001)." },
  it: { pattern: /^\d{5}$/, message: "Le code postal italien comporte 5 chiffres (exemple : 00118)." },
  be: { pattern: /^\d{4}$/, message: "Le code postal belge comporte 4 chiffres (exemple : 1000)." },
  lu: { pattern: /^(L-?)?\d{4}$/i, message: "Le code postal luxembourgeois comporte 4 chiffres (exemple : 1009)." },
};
const ANY_POSTAL_CODE = { pattern: /^[A-Za-z0-9 -]{2,10}$/, message: "Ce code postal n’est pas valide." };

export const addressStepSchema = z.object({
  firstName: requiredText("Indiquez votre prénom."),
  lastName: requiredText("Indiquez votre nom."),
  address1: requiredText("Indiquez votre adresse (numéro et rue).", 200),
  address2: z.string().trim().max(200, "200 caractères au maximum.").default(""),
  postalCode: z.string({ error: "Indiquez votre code postal." }).trim().min(1, "Indiquez votre code postal.").max(10, "Ce code postal n’est pas valide."),
  city: requiredText("Indiquez votre ville."),
  countryCode: z
    .string({ error: "Choisissez un pays de livraison." })
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2}$/, "Choisissez un pays de livraison."),
  phone: z
    .string()
    .trim()
    .regex(/^(\+?[\d\s.-]{6,20})?$/, "Ce numéro de téléphone n’est pas valide (exemple : 06 12 34 56 78).")
    .default(""),
}).superRefine((address, context) => {
  // The format depends on the country: a Belgian or Luxembourg code has 4 digits.
  const format = POSTAL_CODE_FORMATS[address.countryCode] ?? ANY_POSTAL_CODE;
  if (!format.pattern.test(address.postalCode)) {
    context.addIssue({ code: "custom", path: ["postalCode"], message: format.message });
  }
});

export const shippingStepSchema = z.object({
  optionId: z.string({ error: "Choisissez un mode de livraison." }).trim().min(1, "Choisissez un mode de livraison.").max(100),
});

export const PAYMENT_PROVIDER_ID = "pp_system_default";

export const paymentStepSchema = z.object({
  providerId: z.literal(PAYMENT_PROVIDER_ID, { error: "Choisissez un moyen de paiement." }),
});

export type EmailStepInput = z.input<typeof emailStepSchema>;
export type AddressStepInput = z.input<typeof addressStepSchema>;
export type AddressStep = z.output<typeof addressStepSchema>;

/** Field → first message, for showing next to each field. */
export type FieldErrors = Partial<Record<string, string>>;

export function fieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
