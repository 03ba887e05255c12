"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { z } from "zod";
import { track } from "@/lib/analytics/client";
import type { CartView } from "@/lib/cart/view";
import {
  type CheckoutFailure,
  type DeferredCodeOutcome,
  placeOrderAction,
  saveAddressAction,
  saveEmailAction,
  savePaymentAction,
  saveShippingAction,
  type StepResult,
} from "@/lib/checkout-actions";
import { addressStepSchema, emailStepSchema, type FieldErrors, fieldErrors, PAYMENT_PROVIDER_ID, shippingStepSchema } from "@/lib/checkout/schemas";
import type { ShippingChoice } from "@/lib/checkout/shipping";
import { formatPrice } from "@/lib/format";
import { CartSummary } from "../cart/cart-summary";
import { AddressFields } from "./address-form";
import { Field } from "./field";
import { firstOpenStep, type Step, STEPS } from "./steps";

type Country = { code: string; name: string };

/** The five steps on one page; each is saved to the cart before the next opens. */
export function CheckoutFlow({ initialCart, countries }: { initialCart: CartView; countries: Country[] }) {
  const t = useTranslations("Checkout");
  const tCart = useTranslations("Cart");
  const router = useRouter();
  const [cart, setCart] = useState(initialCart);
  const [step, setStep] = useState<Step>(firstOpenStep(initialCart));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<CheckoutFailure | null>(null);
  const [options, setOptions] = useState<ShippingChoice[]>([]);
  const [codeNotice, setCodeNotice] = useState<{ applied: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Keyboard and screen-reader users land on the new step's title, not at the page's top.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  const index = STEPS.indexOf(step);
  const goTo = (next: Step) => {
    moved.current = true;
    setErrors({});
    setFailure(null);
    setStep(next);
  };

  /** Validates in the browser, saves through the server action, then opens the next step. */
  function submit<S extends z.ZodType, T>(
    schema: S | null,
    values: unknown,
    save: (input: unknown) => Promise<StepResult<T>>,
    onSaved: (result: { ok: true } & T) => void,
  ) {
    if (schema) {
      const parsed = schema.safeParse(values);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error));
        setFailure("invalid");
        return;
      }
    }
    startTransition(async () => {
      const result = await save(values);
      if (!result.ok) {
        setErrors(result.fields ?? {});
        setFailure(result.reason);
        return;
      }
      track("checkout_step_completed", { cart_id: cart.id, step, step_number: index + 1 });
      onSaved(result);
    });
  }

  /** The free-shipping code typed in the cart reaches Medusa only now: its analytics event too. */
  const announceDeferredCode = (outcome: NonNullable<DeferredCodeOutcome>, saved: CartView) => {
    if (outcome.applied) {
      setCodeNotice({ applied: true, text: t("deferredCodeApplied", { code: outcome.code }) });
      track("promo_code_applied", {
        cart_id: saved.id,
        code: outcome.code,
        discount_total: saved.totals.discount,
        currency: saved.currencyCode,
      });
      return;
    }
    const text = t("deferredCodeRefused", { code: outcome.code });
    setCodeNotice({ applied: false, text });
    track("promo_code_rejected", { cart_id: saved.id, code: outcome.code.slice(0, 200), reason: text.slice(0, 200) });
  };

  const formValues = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    return Object.fromEntries(new FormData(event.currentTarget));
  };

  const fail = failure ? (failure === "invalid" && Object.keys(errors).length > 0 ? t("errorsTitle") : t(`errors.${failure}`)) : null;
  const next = STEPS[index + 1] ?? "review";
  const backButton =
    index > 0 ? (
      <button type="button" onClick={() => goTo(STEPS[index - 1] ?? "email")} className="underline">
        {t("back")}
      </button>
    ) : null;
  const continueButton = (label = t("continue")) => (
    <button type="submit" disabled={pending} className="rounded bg-brand px-6 py-3 font-semibold text-white disabled:bg-muted">
      {label}
    </button>
  );

  return (
    <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
      <div>
        <nav aria-label={t("stepsLabel")}>
          <ol className="mb-6 flex flex-wrap gap-2 text-sm">
            {STEPS.map((name, position) => (
              <li
                key={name}
                aria-current={name === step ? "step" : undefined}
                className={name === step ? "font-bold text-brand-strong" : position < index ? "" : "text-muted"}
              >
                {position + 1}. {t(`steps.${name}`)}
              </li>
            ))}
          </ol>
        </nav>
        <h2 ref={heading} tabIndex={-1} className="mb-1 text-2xl font-semibold">
          {t(`steps.${step}`)}
        </h2>
        <p className="mb-6 text-sm text-muted">{t("stepStatus", { current: index + 1, total: STEPS.length })}</p>
        <p role="alert" className="mb-4 font-semibold text-red-700 empty:hidden">
          {fail ?? ""}
        </p>
        {codeNotice && (
          <p role="status" className={codeNotice.applied ? "mb-4 text-brand-strong" : "mb-4 text-red-700"}>
            {codeNotice.text}
          </p>
        )}

        {step === "email" && (
          <form noValidate className="space-y-6" onSubmit={(event) => submit(emailStepSchema, formValues(event), saveEmailAction, () => goTo(next))}>
            <Field id="checkout-email" name="email" type="email" autoComplete="email" label={t("email")} hint={t("emailHint")} defaultValue={cart.email ?? ""} error={errors.email} required />
            {continueButton()}
          </form>
        )}

        {step === "address" && (
          <form
            noValidate
            className="space-y-6"
            onSubmit={(event) =>
              submit(addressStepSchema, formValues(event), saveAddressAction, (result) => {
                setOptions(result.options);
                goTo(next);
              })
            }
          >
            <AddressFields initial={cart.shippingAddress} countries={countries} errors={errors} />
            <div className="flex items-center gap-6">
              {continueButton()}
              {backButton}
            </div>
          </form>
        )}

        {step === "shipping" && (
          <form noValidate className="space-y-6" onSubmit={(event) => submit(shippingStepSchema, formValues(event), saveShippingAction, (result) => {
            setCart(result.cart);
            goTo(next);
            if (result.deferredCode) announceDeferredCode(result.deferredCode, result.cart);
          })}>
            {options.length === 0 ? (
              <p>{t("noShippingOptions")}</p>
            ) : (
              <fieldset aria-describedby={errors.optionId ? "shipping-error" : undefined}>
                <legend className="mb-2 font-semibold">{t("shippingLegend")}</legend>
                {options.map((option, position) => (
                  <label key={option.id} className="mb-2 flex cursor-pointer items-start gap-3 rounded border border-line p-3">
                    <input type="radio" name="optionId" value={option.id} defaultChecked={position === 0 || option.id === cart.shippingMethod?.optionId} className="mt-1" />
                    <span className="grow">
                      <span className="block font-semibold">{option.name}</span>
                      {option.delay && <span className="block text-sm text-muted">{option.delay}</span>}
                    </span>
                    <span className="font-semibold">
                      {option.amount === null ? "" : option.amount === 0 ? t("shippingFree") : formatPrice(option.amount, cart.currencyCode)}
                    </span>
                  </label>
                ))}
                {errors.optionId && <p id="shipping-error" className="text-sm text-red-700">{errors.optionId}</p>}
              </fieldset>
            )}
            <div className="flex items-center gap-6">
              {options.length > 0 && continueButton()}
              {backButton}
            </div>
          </form>
        )}

        {step === "payment" && (
          <form noValidate className="space-y-6" onSubmit={(event) => submit(null, formValues(event), savePaymentAction, () => goTo(next))}>
            <fieldset>
              <legend className="mb-2 font-semibold">{t("paymentLegend")}</legend>
              <label className="flex cursor-pointer items-start gap-3 rounded border border-line p-3">
                <input type="radio" name="providerId" value={PAYMENT_PROVIDER_ID} defaultChecked aria-describedby="demo-payment-hint" className="mt-1" />
                <span>
                  <span className="block font-semibold">{t("demoPayment")}</span>
                  <span id="demo-payment-hint" className="block text-sm text-muted">{t("demoPaymentHint")}</span>
                </span>
              </label>
            </fieldset>
            <div className="flex items-center gap-6">
              {continueButton()}
              {backButton}
            </div>
          </form>
        )}

        {step === "review" && (
          <form
            noValidate
            className="space-y-6"
            onSubmit={(event) => {
              event.preventDefault();
              submit(null, {}, placeOrderAction, (result) => router.push(`/commande/confirmation/${result.orderId}`));
            }}
          >
            <dl className="grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="font-semibold">{t("contact")}</dt>
                <dd>{cart.email}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("deliveryAddress")}</dt>
                <dd>
                  {cart.shippingAddress && (
                    <>
                      {cart.shippingAddress.firstName} {cart.shippingAddress.lastName}
                      <br />
                      {cart.shippingAddress.address1}
                      <br />
                      {cart.shippingAddress.postalCode} {cart.shippingAddress.city}
                    </>
                  )}
                </dd>
              </div>
              <div>
                <dt className="font-semibold">{t("deliveryMethod")}</dt>
                <dd>{cart.shippingMethod?.name}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("payment")}</dt>
                <dd>{t("demoPayment")}</dd>
              </div>
            </dl>
            <div className="flex items-center gap-6">
              {continueButton(pending ? t("placing") : t("placeOrder"))}
              {backButton}
            </div>
          </form>
        )}
      </div>

      <aside aria-labelledby="checkout-summary-title" className="space-y-3">
        <h2 id="checkout-summary-title" className="text-lg font-semibold">
          {t("reviewTitle")}
        </h2>
        <ul className="divide-y divide-line text-sm">
          {cart.lines.map((line) => (
            <li key={line.id} className="flex justify-between gap-2 py-2">
              <span>
                {line.quantity} × {line.productTitle}
                {line.variantTitle ? ` – ${line.variantTitle}` : ""}
              </span>
              <span>{formatPrice(line.total, cart.currencyCode)}</span>
            </li>
          ))}
        </ul>
        {cart.deferredShippingCode && <p className="text-sm">{tCart("promoDeferred", { code: cart.deferredShippingCode })}</p>}
        {cart.promotions.length > 0 && (
          <div className="text-sm">
            <h3 className="font-semibold">{t("promotions")}</h3>
            <ul>
              {cart.promotions.map((promotion) => (
                <li key={promotion.code}>{promotion.code}</li>
              ))}
            </ul>
          </div>
        )}
        <CartSummary totals={cart.totals} currencyCode={cart.currencyCode} shippingKnown={cart.shippingMethod !== null} />
      </aside>
    </div>
  );
}
