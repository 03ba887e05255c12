"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import { startAnalytics, track } from "@/lib/analytics/client";
import type { StorefrontEvent } from "@/lib/analytics/events";
import { useConsent } from "./consent/consent-provider";

/**
 * Sends one e-commerce event when a page is shown (product viewed, list viewed,
 * search performed), and once more only if the visitor accepts measurement while
 * on it. Server pages render it with data they already have: no extra request.
 */
export function TrackEvent({ event }: { event: StorefrontEvent }) {
  const { analyticsAllowed, settings, choice } = useConsent();
  // Compared by value: a re-render with equal data (e.g. after the consent form) sends nothing.
  const eventKey = JSON.stringify(event);

  // Once per page shown: React may run an effect twice on mount (strict mode) or re-run it.
  const sent = useRef<string | null>(null);

  const send = useEffectEvent((serialised: string) => {
    if (sent.current === serialised) return;
    sent.current = serialised;
    // Child effects run before the provider's: start here too (it happens once).
    startAnalytics(settings, { analytics: choice?.analytics ?? false });
    const { name, properties } = JSON.parse(serialised) as StorefrontEvent;
    track(name, properties as never);
  });

  useEffect(() => {
    if (analyticsAllowed) send(eventKey);
  }, [analyticsAllowed, eventKey]);

  return null;
}
