import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { AccountNav } from "@/components/account/account-nav";
import { AddressCard } from "@/components/account/address-card";
import { BackendUnavailable } from "@/components/backend-unavailable";
import { requireCustomer } from "@/lib/data/account";
import { listAddresses } from "@/lib/data/customer";
import { isBackendUnavailable } from "@/lib/data/errors";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.addresses");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

const STATUSES = ["ajoutee", "modifiee", "supprimee", "erreur"] as const;
type Status = (typeof STATUSES)[number];

function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

export default async function AddressesPage({ searchParams }: PageProps<"/compte/adresses">) {
  const [{ statut }, t, locale] = await Promise.all([searchParams, getTranslations("Account.addresses"), getLocale()]);
  let addresses;
  try {
    const { token } = await requireCustomer("/compte/adresses");
    addresses = await listAddresses(token);
  } catch (error) {
    if (!isBackendUnavailable(error)) throw error;
    return <BackendUnavailable retryHref="/compte/adresses" />;
  }
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const countryName = (code: string) => (code ? (names.of(code.toUpperCase()) ?? code.toUpperCase()) : "");

  return (
    <div>
      <h1 className="mb-6 text-3xl font-bold tracking-tight">{t("title")}</h1>
      <AccountNav current="addresses" />
      {isStatus(statut) && (
        <p
          role="status"
          className={
            statut === "erreur"
              ? "mb-6 rounded border border-red-700 px-4 py-3 font-semibold text-red-700"
              : "mb-6 rounded border border-brand bg-brand-soft px-4 py-3 font-semibold text-brand-strong"
          }
        >
          {t(`status.${statut}`)}
        </p>
      )}
      {addresses.length === 0 ? (
        <p className="mb-6">{t("empty")}</p>
      ) : (
        <ul className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {addresses.map((address) => (
            <AddressCard key={address.id} address={address} countryName={countryName(address.countryCode)} />
          ))}
        </ul>
      )}
      <Link
        href="/compte/adresses/nouvelle"
        className="inline-block rounded bg-brand px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-strong"
      >
        {t("add")}
      </Link>
    </div>
  );
}
