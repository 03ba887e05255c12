import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LEGAL_PATHS } from "@/lib/routes";
import { ManageCookiesLink } from "./consent/consent-banner";
import { CountrySelect } from "./country-select";
import { LanguageSwitch } from "./language-switch";

const FOOTER_LINK = "text-sm text-ink underline-offset-4 hover:text-brand hover:underline";

export async function SiteFooter() {
  const t = await getTranslations("Footer");

  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[1fr_auto] md:items-start">
        <div className="space-y-4">
          <nav aria-label={t("legalNavigation")}>
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              <li>
                <Link href={LEGAL_PATHS.legalNotice} className={FOOTER_LINK}>
                  {t("legalNotice")}
                </Link>
              </li>
              <li>
                <Link href={LEGAL_PATHS.terms} className={FOOTER_LINK}>
                  {t("terms")}
                </Link>
              </li>
              <li>
                <Link href={LEGAL_PATHS.privacy} className={FOOTER_LINK}>
                  {t("privacy")}
                </Link>
              </li>
              <li>
                <Link href={LEGAL_PATHS.cookies} className={FOOTER_LINK}>
                  {t("cookies")}
                </Link>
              </li>
              <li>
                <ManageCookiesLink className={FOOTER_LINK} />
              </li>
            </ul>
          </nav>
          <p className="text-sm text-muted">{t("tagline")}</p>
        </div>
        <div className="flex flex-col gap-4 md:items-end">
          <LanguageSwitch />
          <CountrySelect />
        </div>
      </div>
    </footer>
  );
}
