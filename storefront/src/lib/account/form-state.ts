import type { FieldErrors } from "@/lib/checkout/schemas";
import type { AuthRefusal } from "./auth-errors";

/** What an account form's server action answers; the page shows `reason` in French. */
export type AccountFailure = AuthRefusal | "unavailable" | "invalid" | "address_refused";
export type AccountFormState =
  | { status: "idle" }
  | { status: "error"; reason: AccountFailure; fields: FieldErrors; values: Record<string, string> };

export const IDLE_FORM: AccountFormState = { status: "idle" };
