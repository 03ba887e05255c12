"use client";

import { useTranslations } from "next-intl";
import type { CartAddress } from "@/lib/cart/view";
import type { FieldErrors } from "@/lib/checkout/schemas";
import { Field } from "./field";

/** The delivery address fields (uncontrolled: the form data is read on submit). */
export function AddressFields({
  initial,
  countries,
  errors,
}: {
  initial: CartAddress | null;
  countries: readonly { code: string; name: string }[];
  errors: FieldErrors;
}) {
  const t = useTranslations("Checkout");
  const countryError = errors.countryCode;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field id="checkout-first-name" name="firstName" label={t("firstName")} autoComplete="given-name" defaultValue={initial?.firstName} error={errors.firstName} required />
      <Field id="checkout-last-name" name="lastName" label={t("lastName")} autoComplete="family-name" defaultValue={initial?.lastName} error={errors.lastName} required />
      <div className="sm:col-span-2">
        <Field id="checkout-address1" name="address1" label={t("address1")} autoComplete="address-line1" defaultValue={initial?.address1} error={errors.address1} required />
      </div>
      <div className="sm:col-span-2">
        <Field id="checkout-address2" name="address2" label={t("address2")} autoComplete="address-line2" defaultValue={initial?.address2} error={errors.address2} />
      </div>
      <Field id="checkout-postal-code" name="postalCode" label={t("postalCode")} autoComplete="postal-code" inputMode="numeric" defaultValue={initial?.postalCode} error={errors.postalCode} required />
      <Field id="checkout-city" name="city" label={t("city")} autoComplete="address-level2" defaultValue={initial?.city} error={errors.city} required />
      <div>
        <label htmlFor="checkout-country" className="mb-1 block font-semibold">
          {t("country")}
        </label>
        <select
          id="checkout-country"
          name="countryCode"
          autoComplete="country"
          defaultValue={initial?.countryCode || countries[0]?.code}
          aria-invalid={countryError ? true : undefined}
          aria-describedby={countryError ? "checkout-country-error" : undefined}
          className="w-full rounded border border-line px-3 py-2"
        >
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </select>
        {countryError && (
          <p id="checkout-country-error" className="mt-1 text-sm text-red-700">
            {countryError}
          </p>
        )}
      </div>
      <Field id="checkout-phone" name="phone" type="tel" label={t("phone")} autoComplete="tel" defaultValue={initial?.phone} error={errors.phone} />
    </div>
  );
}
