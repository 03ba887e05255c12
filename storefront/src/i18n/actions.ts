"use server";

import { cookies } from "next/headers";
import { isAppLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS } from "./locales";

/** Form action of the language switch: stores the choice; Next re-renders the page in it. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isAppLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: true,
    // Not `secure`: class servers often run over plain HTTP, where browsers would
    // drop a secure cookie, and a language preference is nothing to protect.
  });
}
