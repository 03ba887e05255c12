import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LegalPage, LegalSection } from "@/components/legal/legal-page";
import { ShopDetailList } from "@/components/legal/shop-detail-list";
import { pageMetadata } from "@/lib/metadata";
import { LEGAL_PATHS } from "@/lib/routes";
import { readShopDetails } from "@/lib/shop-details";
import { getDisplayShopName } from "@/lib/shop-name";

export async function generateMetadata(): Promise<Metadata> {
  const [t, shopName] = await Promise.all([getTranslations("Privacy"), getDisplayShopName()]);
  return pageMetadata({
    title: t("title"),
    description: t("metaDescription", { shopName }),
    path: LEGAL_PATHS.privacy,
    shopName,
  });
}

/** Politique de confidentialité (RGPD, art. 13): what is collected, why, for how long, and the visitor's rights. */
export default async function PrivacyPage() {
  const [t, shopName] = await Promise.all([getTranslations("Privacy"), getDisplayShopName()]);
  const details = readShopDetails(process.env);

  return (
    <LegalPage title={t("title")} intro={t("intro", { shopName })}>
      <LegalSection id="responsable" title={t("controllerTitle")}>
        <ShopDetailList details={{ ...details, legalName: details.legalName ?? shopName }} fields={["legalName", "address", "email"]} />
      </LegalSection>
      <LegalSection id="donnees" title={t("dataTitle")}>
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("dataOrders")}</li>
          <li>{t("dataAccount")}</li>
          <li>
            {t("dataAudience")}{" "}
            <Link href={LEGAL_PATHS.cookies} className="text-brand hover:text-brand-strong">
              {t("cookiesLink")}
            </Link>
          </li>
        </ul>
      </LegalSection>
      <LegalSection id="conservation" title={t("retentionTitle")}>
        <p>{t("retentionBody")}</p>
      </LegalSection>
      <LegalSection id="destinataires" title={t("recipientsTitle")}>
        <p>{t("recipientsBody")}</p>
      </LegalSection>
      <LegalSection id="droits" title={t("rightsTitle")}>
        <p>{t("rightsBody")}</p>
        <p>{t("cnil")}</p>
      </LegalSection>
    </LegalPage>
  );
}
