import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountAddressForm } from "@/components/account/address-form";
import { AccountNav } from "@/components/account/account-nav";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { ADDRESS_ID } from "@/lib/account/schemas";
import { requireCustomer } from "@/lib/data/account";
import { deliveryCountries } from "@/lib/data/account-countries";
import { listAddresses } from "@/lib/data/customer";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.addresses");
  return { title: t("editTitle"), robots: { index: false, follow: false } };
}

export default async function EditAddressPage({ params }: PageProps<"/compte/adresses/[id]">) {
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("Account.addresses"), getLocale()]);
  if (!ADDRESS_ID.test(id)) notFound();
  let data;
  try {
    const { token } = await requireCustomer(`/compte/adresses/${id}`);
    const [addresses, countries] = await Promise.all([listAddresses(token), deliveryCountries(locale)]);
    data = { address: addresses.find((address) => address.id === id) ?? null, countries };
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref={`/compte/adresses/${id}`} />;
  }
  if (!data.address) notFound();
  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("editTitle")}</h1>
      <AccountNav current="addresses" />
      <div className="max-w-2xl">
        <AccountAddressForm address={data.address} countries={data.countries} />
      </div>
    </div>
  );
}
