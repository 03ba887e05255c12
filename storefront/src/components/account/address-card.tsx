import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { deleteAddressAction } from "@/lib/account-actions";
import type { AccountAddress } from "@/lib/account/addresses";

export async function AddressCard({ address, countryName }: { address: AccountAddress; countryName: string }) {
  const t = await getTranslations("Account.addresses");
  const name = `${address.firstName} ${address.lastName}`.trim();
  return (
    <li className="flex flex-col justify-between gap-4 rounded border border-line p-4">
      <address className="not-italic">
        <span className="block font-semibold">{name}</span>
        <span className="block">{address.address1}</span>
        {address.address2 && <span className="block">{address.address2}</span>}
        <span className="block">
          {address.postalCode} {address.city}
        </span>
        <span className="block">{countryName}</span>
        {address.phone && <span className="block">{address.phone}</span>}
        {address.isDefaultShipping && <span className="mt-2 block text-sm text-muted">{t("default")}</span>}
      </address>
      <div className="flex items-center gap-4">
        <Link href={`/compte/adresses/${address.id}`} aria-label={t("editLabel", { name })} className="font-semibold">
          {t("edit")}
        </Link>
        <form action={deleteAddressAction}>
          <input type="hidden" name="addressId" value={address.id} />
          <button type="submit" aria-label={t("deleteLabel", { name })} className="text-red-700 underline hover:no-underline">
            {t("delete")}
          </button>
        </form>
      </div>
    </li>
  );
}
