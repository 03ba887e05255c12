"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";
import { CONSENT_FORM_FIELDS, type ConsentDecision } from "@/lib/consent-fields";
import { saveConsent } from "@/lib/consent-actions";
import { useConsent } from "./consent-provider";

/** Accept and refuse share one look and one size: refusing must be exactly as easy as accepting. */
const CHOICE_BUTTON =
  "min-h-11 w-full rounded bg-brand px-4 py-2.5 font-semibold text-white hover:bg-brand-strong sm:w-48";
const SECONDARY_BUTTON =
  "min-h-11 w-full rounded border border-brand bg-white px-4 py-2.5 font-semibold text-brand-strong hover:bg-brand-soft sm:w-48";

/** The decision a submit button carries, read before the server action runs. */
function submittedDecision(event: FormEvent<HTMLFormElement>): { decision: ConsentDecision; analytics: boolean } | null {
  const submitter = (event.nativeEvent as SubmitEvent).submitter;
  const decision = submitter instanceof HTMLButtonElement ? submitter.value : null;
  const data = new FormData(event.currentTarget);
  if (decision === "accept") return { decision, analytics: true };
  if (decision === "refuse") return { decision, analytics: false };
  if (decision === "custom") return { decision, analytics: data.get(CONSENT_FORM_FIELDS.analytics) === "on" };
  return null;
}

function useOptimisticSubmit() {
  const { recordChoice } = useConsent();
  return (event: FormEvent<HTMLFormElement>) => {
    const submitted = submittedDecision(event);
    // The form action still runs and stores the cookie; the page reacts at once.
    if (submitted) recordChoice(submitted.analytics);
  };
}

/** First layer: accept all, refuse all, side by side, same size and weight. */
export function ConsentFirstLayer({ onCustomise }: { onCustomise: () => void }) {
  const t = useTranslations("Consent");
  const onSubmit = useOptimisticSubmit();

  return (
    <form action={saveConsent} onSubmit={onSubmit} className="grid grid-cols-2 gap-3 sm:flex sm:flex-wrap">
      <button type="submit" name={CONSENT_FORM_FIELDS.decision} value="refuse" className={CHOICE_BUTTON}>
        {t("refuseAll")}
      </button>
      <button type="submit" name={CONSENT_FORM_FIELDS.decision} value="accept" className={CHOICE_BUTTON}>
        {t("acceptAll")}
      </button>
      <button type="button" onClick={onCustomise} className={`col-span-2 ${SECONDARY_BUTTON}`}>
        {t("customise")}
      </button>
    </form>
  );
}

/**
 * Purpose by purpose: the necessary cookies (always on, explained) and audience
 * measurement (off unless the visitor has said yes). Used in the banner and on
 * the cookies page, where it also works without JavaScript.
 */
export function ConsentPreferencesForm() {
  const t = useTranslations("Consent");
  const { choice } = useConsent();
  const onSubmit = useOptimisticSubmit();
  const [analytics, setAnalytics] = useState(choice?.analytics ?? false);
  const necessaryId = useId();
  const analyticsId = useId();

  return (
    <form action={saveConsent} onSubmit={onSubmit} className="space-y-4">
      <fieldset className="space-y-4">
        <legend className="sr-only">{t("purposesLegend")}</legend>
        <div className="flex gap-3 rounded border border-line p-4">
          <input
            id={necessaryId}
            type="checkbox"
            checked
            disabled
            aria-describedby={`${necessaryId}-help`}
            className="mt-1 h-5 w-5 accent-brand"
          />
          <div>
            <label htmlFor={necessaryId} className="font-semibold">
              {t("necessaryTitle")}
            </label>
            <p id={`${necessaryId}-help`} className="text-sm text-muted">
              {t("necessaryHelp")}
            </p>
          </div>
        </div>
        <div className="flex gap-3 rounded border border-line p-4">
          <input
            id={analyticsId}
            type="checkbox"
            name={CONSENT_FORM_FIELDS.analytics}
            checked={analytics}
            onChange={(event) => setAnalytics(event.target.checked)}
            aria-describedby={`${analyticsId}-help`}
            className="mt-1 h-5 w-5 accent-brand"
          />
          <div>
            <label htmlFor={analyticsId} className="font-semibold">
              {t("analyticsTitle")}
            </label>
            <p id={`${analyticsId}-help`} className="text-sm text-muted">
              {t("analyticsHelp")}
            </p>
          </div>
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" name={CONSENT_FORM_FIELDS.decision} value="custom" className={CHOICE_BUTTON}>
          {t("saveChoices")}
        </button>
        <Link href="/cookies" className="text-sm text-brand hover:text-brand-strong">
          {t("learnMore")}
        </Link>
      </div>
    </form>
  );
}
