"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AddressFields } from "@/components/checkout/address-form";
import { saveAddressAction } from "@/lib/account-actions";
import type { AccountAddress } from "@/lib/account/addresses";
import { IDLE_FORM } from "@/lib/account/form-state";
import type { CartAddress } from "@/lib/cart/view";
import { FormAlert } from "./form-alert";
import { SubmitButton } from "./submit-button";

/** Adds an address, or edits `address`; the fields are the checkout's, so both accept the same things. */
export function AccountAddressForm({
  address,
  countries,
}: {
  address: AccountAddress | null;
  countries: readonly { code: string; name: string }[];
}) {
  const t = useTranslations("Account.addresses");
  const [state, action] = useActionState(saveAddressAction, IDLE_FORM);
  const errors = state.status === "error" ? state.fields : {};
  // After a refusal, the typed values come back; otherwise the saved address (or nothing).
  const initial: CartAddress | null =
    state.status === "error"
      ? {
          firstName: state.values.firstName ?? "",
          lastName: state.values.lastName ?? "",
          address1: state.values.address1 ?? "",
          address2: state.values.address2 ?? "",
          postalCode: state.values.postalCode ?? "",
          city: state.values.city ?? "",
          countryCode: state.values.countryCode ?? "",
          phone: state.values.phone ?? "",
        }
      : address;
  return (
    <form action={action} noValidate className="space-y-6">
      <FormAlert state={state} />
      {address && <input type="hidden" name="addressId" value={address.id} />}
      <AddressFields initial={initial} countries={countries} errors={errors} />
      <div className="flex items-center gap-6">
        <SubmitButton label={t("save")} pendingLabel={t("pending")} />
        <Link href="/compte/adresses">{t("cancel")}</Link>
      </div>
    </form>
  );
}
