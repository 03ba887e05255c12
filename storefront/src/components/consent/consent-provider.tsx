"use client";

import { createContext, type ReactNode, useCallback, useContext, useEffect, useEffectEvent, useMemo, useRef, useState } from "react";
import { startAnalytics, stopAnalytics } from "@/lib/analytics/client";
import type { AnalyticsSettings } from "@/lib/analytics/settings";

/** The stored choice as the server passes it down (dates travel as ISO strings). */
export type InitialConsent = { analytics: boolean; decidedAt: string } | null;

type ConsentContextValue = {
  /** `null` until the visitor has chosen (or after 13 months). */
  choice: InitialConsent;
  settings: AnalyticsSettings;
  /** posthog-js may run: the visitor accepted, or cookieless mode and no refusal. */
  analyticsAllowed: boolean;
  bannerOpen: boolean;
  /** Opened from "Gérer les cookies": show the detailed choices and give focus back to `trigger` after. */
  reopenBanner: (trigger: HTMLElement | null) => void;
  /** Called as a choice is submitted: updates the page at once, before the server answers. */
  recordChoice: (analytics: boolean) => void;
  /** Closes a reopened banner without changing anything. */
  dismissBanner: () => void;
  /** Whether the banner was reopened by the visitor (rather than shown because nothing is stored). */
  reopened: boolean;
};

const ConsentContext = createContext<ConsentContextValue | null>(null);

export function isAnalyticsAllowed(choice: InitialConsent, settings: AnalyticsSettings): boolean {
  if (choice) return choice.analytics;
  return settings.cookieless;
}

export function ConsentProvider({
  initialConsent,
  settings,
  children,
}: {
  initialConsent: InitialConsent;
  settings: AnalyticsSettings;
  children: ReactNode;
}) {
  const [choice, setChoice] = useState<InitialConsent>(initialConsent);
  const [reopened, setReopened] = useState(false);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  // The server's answer after the form action (or a navigation) is the reference;
  // compared by value, as React recommends for state derived from props.
  const initialKey = initialConsent ? `${String(initialConsent.analytics)}@${initialConsent.decidedAt}` : "none";
  const [seenKey, setSeenKey] = useState(initialKey);
  if (seenKey !== initialKey) {
    setSeenKey(initialKey);
    setChoice(initialConsent);
  }

  const analyticsAllowed = isAnalyticsAllowed(choice, settings);
  const refused = choice !== null && !choice.analytics;
  const consentAnalytics = choice?.analytics ?? false;
  const start = useEffectEvent(() => startAnalytics(settings, { analytics: consentAnalytics }));
  useEffect(() => {
    if (analyticsAllowed) start();
    else if (refused) stopAnalytics();
  }, [analyticsAllowed, refused]);

  const restoreFocus = useCallback(() => {
    const target = returnFocusTo.current ?? document.getElementById("contenu");
    returnFocusTo.current = null;
    // After React has removed the banner, so focus does not land on a vanishing element.
    requestAnimationFrame(() => target?.focus());
  }, []);

  const value = useMemo<ConsentContextValue>(
    () => ({
      choice,
      settings,
      analyticsAllowed,
      bannerOpen: choice === null || reopened,
      reopened,
      reopenBanner: (trigger) => {
        returnFocusTo.current = trigger;
        setReopened(true);
      },
      recordChoice: (analytics) => {
        setChoice({ analytics, decidedAt: new Date().toISOString() });
        setReopened(false);
        restoreFocus();
      },
      dismissBanner: () => {
        setReopened(false);
        restoreFocus();
      },
    }),
    [choice, settings, analyticsAllowed, reopened, restoreFocus],
  );

  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}

export function useConsent(): ConsentContextValue {
  const context = useContext(ConsentContext);
  if (!context) throw new Error("useConsent must be used inside <ConsentProvider>");
  return context;
}
