import { getTranslations } from "next-intl/server";
import { logoutAction } from "@/lib/account-actions";

/** A form, not a link: logging out changes state, and a prefetched link must never do that. */
export async function LogoutButton() {
  const t = await getTranslations("Account");
  return (
    <form action={logoutAction}>
      <button type="submit" className="rounded border border-line px-3 py-2 font-semibold text-ink hover:border-brand hover:text-brand">
        {t("logout")}
      </button>
    </form>
  );
}
