"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { ConsentFirstLayer, ConsentPreferencesForm } from "./consent-form";
import { useConsent } from "./consent-provider";

/**
 * The cookie banner, at the top of the page and in the page's flow: it never
 * covers content or a focused element, and it is the first thing a keyboard or
 * screen-reader user meets. Server-rendered when no choice is stored, so it is
 * there from the first paint and works without JavaScript.
 */
export function ConsentBanner() {
  const t = useTranslations("Consent");
  const { bannerOpen, reopened, dismissBanner } = useConsent();
  const [customising, setCustomising] = useState(false);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opened on request ("Gérer les cookies"): go straight to the detailed choices and move focus there.
  useEffect(() => {
    if (!reopened) return;
    setCustomising(true);
    headingRef.current?.focus();
  }, [reopened]);

  // Opening the details moves focus into them, so keyboard users land on the first choice.
  const detailsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (customising && !reopened) detailsRef.current?.querySelector<HTMLInputElement>("input:not([disabled])")?.focus();
  }, [customising, reopened]);

  if (!bannerOpen) return null;

  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === "Escape" && reopened) dismissBanner();
      }}
      className="border-b-4 border-brand bg-brand-soft"
    >
      <div className="mx-auto max-w-6xl space-y-4 px-4 py-6 sm:px-6">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
          {t("title")}
        </h2>
        <p className="max-w-3xl leading-relaxed">
          {t("intro")}{" "}
          <Link href="/cookies" className="text-brand-strong underline">
            {t("learnMore")}
          </Link>
        </p>
        {customising ? (
          <div ref={detailsRef} className="max-w-3xl">
            <ConsentPreferencesForm />
          </div>
        ) : (
          <ConsentFirstLayer onCustomise={() => setCustomising(true)} />
        )}
        {reopened && (
          <button type="button" onClick={dismissBanner} className="text-sm text-brand-strong underline">
            {t("close")}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * "Gérer les cookies" in the footer. Without JavaScript it is a link to the
 * cookies page, which has the same choices; with it, it reopens the banner.
 */
export function ManageCookiesLink({ className }: { className?: string }) {
  const t = useTranslations("Consent");
  const { reopenBanner } = useConsent();

  return (
    <a
      href="/cookies#preferences"
      className={className}
      onClick={(event) => {
        event.preventDefault();
        reopenBanner(event.currentTarget);
        window.scrollTo({ top: 0 });
      }}
    >
      {t("manage")}
    </a>
  );
}
