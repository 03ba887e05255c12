import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage, LegalSection } from "@/components/legal/legal-page";
import { ShopDetailList } from "@/components/legal/shop-detail-list";
import { pageMetadata } from "@/lib/metadata";
import { LEGAL_PATHS } from "@/lib/routes";
import { readShopDetails } from "@/lib/shop-details";
import { getDisplayShopName } from "@/lib/shop-name";

export async function generateMetadata(): Promise<Metadata> {
  const [t, shopName] = await Promise.all([getTranslations("LegalNotice"), getDisplayShopName()]);
  return pageMetadata({
    title: t("title"),
    description: t("metaDescription", { shopName }),
    path: LEGAL_PATHS.legalNotice,
    shopName,
  });
}

/** Mentions légales (LCEN, art. 6): who publishes the site and who hosts it. */
export default async function LegalNoticePage() {
  const [t, shopName] = await Promise.all([getTranslations("LegalNotice"), getDisplayShopName()]);
  const details = readShopDetails(process.env);
  const withName = { ...details, legalName: details.legalName ?? shopName };

  return (
    <LegalPage title={t("title")} intro={t("intro", { shopName })}>
      <LegalSection id="editeur" title={t("publisherTitle")}>
        <ShopDetailList
          details={withName}
          fields={["legalName", "legalForm", "address", "registration", "vatNumber", "email", "phone", "publicationDirector"]}
        />
      </LegalSection>
      <LegalSection id="hebergeur" title={t("hostTitle")}>
        <ShopDetailList details={withName} fields={["host"]} />
      </LegalSection>
      <LegalSection id="propriete" title={t("propertyTitle")}>
        <p>{t("propertyBody", { shopName })}</p>
      </LegalSection>
      <LegalSection id="pedagogie" title={t("teachingTitle")}>
        <p>{t("teachingBody")}</p>
      </LegalSection>
    </LegalPage>
  );
}
