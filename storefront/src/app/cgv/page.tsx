import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LegalPage, LegalSection } from "@/components/legal/legal-page";
import { pageMetadata } from "@/lib/metadata";
import { LEGAL_PATHS } from "@/lib/routes";
import { getDisplayShopName } from "@/lib/shop-name";

export async function generateMetadata(): Promise<Metadata> {
  const [t, shopName] = await Promise.all([getTranslations("Terms"), getDisplayShopName()]);
  return pageMetadata({
    title: t("title"),
    description: t("metaDescription", { shopName }),
    path: LEGAL_PATHS.terms,
    shopName,
  });
}

const SECTIONS = ["scope", "prices", "order", "payment", "delivery", "withdrawal", "warranty", "disputes"] as const;

/** Conditions générales de vente: the rules of a sale between the shop and a consumer. */
export default async function TermsPage() {
  const [t, shopName] = await Promise.all([getTranslations("Terms"), getDisplayShopName()]);
  return (
    <LegalPage title={t("title")} intro={t("intro", { shopName })}>
      {SECTIONS.map((section, index) => (
        <LegalSection key={section} id={section} title={`${index + 1}. ${t(`${section}.title`)}`}>
          <p>{t(`${section}.body`, { shopName })}</p>
        </LegalSection>
      ))}
    </LegalPage>
  );
}
