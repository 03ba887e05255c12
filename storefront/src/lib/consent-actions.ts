"use server";

import { cookies } from "next/headers";
import {
  CONSENT_COOKIE,
  choiceFromForm,
  consentCookieMaxAge,
  encodeConsent,
  isAnalyticsCookie,
} from "./consent";
import { CONSENT_FORM_FIELDS } from "./consent-fields";

/**
 * Form action of the cookie banner and of the cookies page. A plain form post:
 * it works before (or without) JavaScript, and Next re-renders the page with the
 * new choice, which starts or stops posthog-js in the browser.
 */
export async function saveConsent(formData: FormData): Promise<void> {
  const choice = choiceFromForm(
    formData.get(CONSENT_FORM_FIELDS.decision),
    formData.get(CONSENT_FORM_FIELDS.analytics),
  );
  if (!choice) return;

  const jar = await cookies();
  jar.set(CONSENT_COOKIE, encodeConsent(choice), {
    path: "/",
    maxAge: consentCookieMaxAge(choice.decidedAt),
    sameSite: "lax",
    // Only the server reads it (the page passes the choice down); scripts never need it.
    httpOnly: true,
    // Not `secure`: class servers often run over plain HTTP, where a secure cookie is dropped.
  });
  if (!choice.analytics) {
    // Withdrawal: the identifiers posthog-js stored under a previous "yes" go too.
    for (const cookie of jar.getAll()) {
      if (isAnalyticsCookie(cookie.name)) jar.delete(cookie.name);
    }
  }
}
