import type { Metadata } from "next";
import { cookies } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ConsentBanner } from "@/components/consent/consent-banner";
import { ConsentProvider, type InitialConsent } from "@/components/consent/consent-provider";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { pickClientMessages } from "@/i18n/client-messages";
import { resolveAnalyticsSettings } from "@/lib/analytics/settings";
import type { Category } from "@/lib/categories";
import { CONSENT_COOKIE, readConsent } from "@/lib/consent";
import { listCategories } from "@/lib/data/categories";
import { CART_COUNT_COOKIE } from "@/lib/data/cart";
import { isBackendUnavailable } from "@/lib/data/errors";
import { getDisplayShopName } from "@/lib/shop-name";
import { getStorefrontUrl } from "@/lib/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const shopName = await getDisplayShopName();
  return {
    metadataBase: getStorefrontUrl(),
    title: { default: shopName, template: `%s · ${shopName}` },
    applicationName: shopName,
    openGraph: { siteName: shopName, locale: "fr_FR", type: "website" },
  };
}

/** The menu's categories; a page still renders (without menu) when the backend is away. */
async function menuCategories(): Promise<Category[]> {
  try {
    return await listCategories();
  } catch (error) {
    if (isBackendUnavailable(error)) return [];
    throw error;
  }
}

/** From the cookie the cart actions keep up to date: showing the count costs no backend call. */
async function cartCount(): Promise<number> {
  const value = Number.parseInt((await cookies()).get(CART_COUNT_COOKIE)?.value ?? "", 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 9_999) : 0;
}

async function storedConsent(): Promise<InitialConsent> {
  const choice = readConsent((await cookies()).get(CONSENT_COOKIE)?.value);
  return choice ? { analytics: choice.analytics, decidedAt: choice.decidedAt.toISOString() } : null;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t, shopName, categories, consent, itemCount] = await Promise.all([
    getLocale(),
    getMessages(),
    getTranslations("Header"),
    getDisplayShopName(),
    menuCategories(),
    storedConsent(),
    cartCount(),
  ]);
  // Read per request, not baked at build: a teacher can switch PostHog on with a restart.
  const analyticsSettings = resolveAnalyticsSettings(process.env);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#contenu"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-ink focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <ConsentProvider initialConsent={consent} settings={analyticsSettings}>
            <ConsentBanner />
            <SiteHeader shopName={shopName} categories={categories} cartCount={itemCount} />
            <main id="contenu" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-10 sm:px-6">
              {children}
            </main>
            <SiteFooter />
          </ConsentProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
