import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

export async function SiteFooter() {
  const t = await getTranslations("Footer");

  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8 sm:flex-row sm:items-center sm:justify-between sm:px-6">
        <p className="text-sm text-muted">{t("tagline")}</p>
        <LanguageSwitch />
      </div>
    </footer>
  );
}
