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

export const addressStepSchema = z.object({
  firstName: requiredText("Indiquez votre prénom."),
  lastName: requiredText("Indiquez votre nom."),
  address1: requiredText("Indiquez votre adresse (numéro et rue).", 200),
  address2: z.string().trim().max(200, "200 caractères au maximum.").default(""),
  postalCode: z
    .string({ error: "Indiquez votre code postal." })
    .trim()
    .regex(/^\d{5}$/, "Le code postal doit comporter 5 chiffres (exemple : 69001)."),
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
