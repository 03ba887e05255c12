import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountAddressForm } from "@/components/account/address-form";
import { AccountNav } from "@/components/account/account-nav";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { requireCustomer } from "@/lib/data/account";
import { deliveryCountries } from "@/lib/data/account-countries";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.addresses");
  return { title: t("addTitle"), robots: { index: false, follow: false } };
}

export default async function NewAddressPage() {
  const [t, locale] = await Promise.all([getTranslations("Account.addresses"), getLocale()]);
  let countries;
  try {
    await requireCustomer("/compte/adresses/nouvelle");
    countries = await deliveryCountries(locale);
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/compte/adresses/nouvelle" />;
  }
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("addTitle")}</h1>
      <AccountNav current="addresses" />
      <div className="max-w-2xl">
        <AccountAddressForm address={null} countries={countries} />
      </div>
    </div>
  );
}
