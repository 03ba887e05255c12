import type messages from "../messages/fr.json";
import type { AppLocale } from "./i18n/locales";

// Typed translations: a missing or misspelt message key is a compile error.
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
