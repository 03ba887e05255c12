"use client";

import { useTranslations } from "next-intl";
import type { AccountFormState } from "@/lib/account/form-state";

/** The form's refusal, read out by screen readers as soon as it appears. */
export function FormAlert({ state }: { state: AccountFormState }) {
  const t = useTranslations("Account.errors");
  const message =
    state.status === "error"
      ? state.reason === "invalid" && Object.keys(state.fields).length > 0
        ? t("title")
        : t(state.reason)
      : "";
  return (
    <p role="alert" className="font-semibold text-red-700 empty:hidden">
      {message}
    </p>
  );
}
