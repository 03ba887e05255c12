import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ConsentPreferencesForm } from "@/components/consent/consent-form";
import { LegalPage, LegalSection } from "@/components/legal/legal-page";
import { ShopDetailList } from "@/components/legal/shop-detail-list";
import { ANALYTICS_COOKIE_DAYS, externalAnalyticsOrigin, resolveAnalyticsSettings } from "@/lib/analytics/settings";
import { CONSENT_COOKIE, CONSENT_MAX_AGE_MONTHS } from "@/lib/consent";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { pageMetadata } from "@/lib/metadata";
import { LEGAL_PATHS } from "@/lib/routes";
import { readShopDetails } from "@/lib/shop-details";
import { getDisplayShopName } from "@/lib/shop-name";

export async function generateMetadata(): Promise<Metadata> {
  const [t, shopName] = await Promise.all([getTranslations("Cookies"), getDisplayShopName()]);
  return pageMetadata({
    title: t("title"),
    description: t("metaDescription", { shopName }),
    path: LEGAL_PATHS.cookies,
    shopName,
  });
}

export default async function CookiesPage() {
  const [t, shopName] = await Promise.all([getTranslations("Cookies"), getDisplayShopName()]);
  const details = readShopDetails(process.env);
  const analyticsSettings = resolveAnalyticsSettings(process.env);
  const externalHost = externalAnalyticsOrigin(analyticsSettings);

  const rows = [
    { name: CONSENT_COOKIE, purpose: t("consentPurpose"), duration: t("months", { count: CONSENT_MAX_AGE_MONTHS }), consent: t("necessary") },
    { name: LOCALE_COOKIE, purpose: t("localePurpose"), duration: t("months", { count: 12 }), consent: t("necessary") },
    ...(analyticsSettings.cookieless
      ? []
      : [
          {
            name: "ph_…_posthog",
            purpose: t("analyticsPurpose"),
            duration: t("days", { count: ANALYTICS_COOKIE_DAYS }),
            consent: t("withConsent"),
          },
        ]),
  ];

  return (
    <LegalPage title={t("title")} intro={t("intro", { shopName })}>
      <LegalSection id="definition" title={t("whatTitle")}>
        <p>{t("whatBody")}</p>
      </LegalSection>

      <LegalSection id="liste" title={t("listTitle")}>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("listTitle")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-4">{t("columnName")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnPurpose")}</th>
                <th scope="col" className="py-2 pr-4">{t("columnDuration")}</th>
                <th scope="col" className="py-2">{t("columnConsent")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.name} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-mono font-normal">{row.name}</th>
                  <td className="py-2 pr-4">{row.purpose}</td>
                  <td className="py-2 pr-4">{row.duration}</td>
                  <td className="py-2">{row.consent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{analyticsSettings.cookieless ? t("cookielessNote") : t("analyticsNote")}</p>
        <p>{externalHost ? t("destinationExternal", { host: externalHost }) : t("destinationFirstParty")}</p>
      </LegalSection>

      <LegalSection id="preferences" title={t("choiceTitle")}>
        <p>{t("choiceBody", { months: CONSENT_MAX_AGE_MONTHS })}</p>
        <ConsentPreferencesForm />
      </LegalSection>

      <LegalSection id="navigateur" title={t("browserTitle")}>
        <p>{t("browserBody")}</p>
      </LegalSection>

      <LegalSection id="contact" title={t("contactTitle")}>
        <p>{t("contactBody")}</p>
        <ShopDetailList details={{ ...details, legalName: details.legalName ?? shopName }} fields={["legalName", "address", "email"]} />
        <p>{t("cnil")}</p>
      </LegalSection>
    </LegalPage>
  );
}
