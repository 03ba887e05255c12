"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/checkout/field";
import { registerAction } from "@/lib/account-actions";
import { IDLE_FORM } from "@/lib/account/form-state";
import { PASSWORD_MIN_LENGTH } from "@/lib/account/schemas";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

/** Sign-up; works without JavaScript too (a plain form posting to the server action). */
export function RegisterForm() {
  const t = useTranslations("Account.register");
  const [state, action] = useActionState(registerAction, IDLE_FORM);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} noValidate className="space-y-5">
      <FormAlert state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="register-first-name" name="firstName" label={t("firstName")} autoComplete="given-name" defaultValue={values.firstName} error={errors.firstName} required />
        <Field id="register-last-name" name="lastName" label={t("lastName")} autoComplete="family-name" defaultValue={values.lastName} error={errors.lastName} required />
      </div>
      <Field id="register-email" name="email" type="email" label={t("email")} autoComplete="email" defaultValue={values.email} error={errors.email} required />
      <Field
        id="register-password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordRules", { min: PASSWORD_MIN_LENGTH })}
        autoComplete="new-password"
        minLength={PASSWORD_MIN_LENGTH}
        error={errors.password}
        required
      />
      <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
