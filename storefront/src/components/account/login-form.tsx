"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/checkout/field";
import { loginAction } from "@/lib/account-actions";
import { IDLE_FORM } from "@/lib/account/form-state";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations("Account.login");
  const [state, action] = useActionState(loginAction, IDLE_FORM);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} noValidate className="space-y-5">
      <FormAlert state={state} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <Field id="login-email" name="email" type="email" label={t("email")} autoComplete="email" defaultValue={values.email} error={errors.email} required />
      <Field id="login-password" name="password" type="password" label={t("password")} autoComplete="current-password" error={errors.password} required />
      <SubmitButton label={t("submit")} pendingLabel={t("pending")} />
    </form>
  );
}
