import { z } from "zod";
import { addressStepSchema } from "@/lib/checkout/schemas";

/**
 * What the account forms accept, checked in the server actions (the browser is
 * not trusted). Messages are French: these are the words a customer reads.
 */

/** Shown next to the password field before the customer types, so nobody is refused by surprise. */
export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt-style hashes ignore what comes after 72 bytes: refuse rather than silently truncate. */
export const PASSWORD_MAX_LENGTH = 72;

const email = z
  .string({ error: "Indiquez votre adresse e-mail." })
  .trim()
  .toLowerCase()
  .min(1, "Indiquez votre adresse e-mail.")
  .max(254, "Cette adresse e-mail est trop longue.")
  .pipe(z.email("Cette adresse e-mail n’est pas valide (exemple : prenom.nom@exemple.fr)."));

const name = (empty: string) =>
  z.string({ error: empty }).trim().min(1, empty).max(100, "100 caractères au maximum.");

export const newPasswordSchema = z
  .string({ error: "Choisissez un mot de passe." })
  .min(1, "Choisissez un mot de passe.")
  .min(PASSWORD_MIN_LENGTH, `Le mot de passe doit comporter au moins ${PASSWORD_MIN_LENGTH} caractères.`)
  .max(PASSWORD_MAX_LENGTH, `Le mot de passe doit comporter au plus ${PASSWORD_MAX_LENGTH} caractères.`)
  .regex(/\p{L}/u, "Le mot de passe doit contenir au moins une lettre.")
  .regex(/\d/, "Le mot de passe doit contenir au moins un chiffre.");

export const registerSchema = z.object({
  firstName: name("Indiquez votre prénom."),
  lastName: name("Indiquez votre nom."),
  email,
  password: newPasswordSchema,
});

export const loginSchema = z.object({
  email,
  // No rules here: an old password that predates them must still let its owner in.
  password: z.string({ error: "Indiquez votre mot de passe." }).min(1, "Indiquez votre mot de passe.").max(200),
});

/** A saved address: the checkout's delivery address, so both forms accept the same things. */
export const accountAddressSchema = addressStepSchema;

export type RegisterInput = z.output<typeof registerSchema>;
export type LoginInput = z.output<typeof loginSchema>;
export type AccountAddressInput = z.output<typeof accountAddressSchema>;

/** Medusa ids in URLs and hidden fields: anything else is not worth a backend call. */
export const ADDRESS_ID = /^cuaddr_[A-Za-z0-9]{1,60}$/;
export const ORDER_ID = /^order_[A-Za-z0-9]{1,60}$/;
