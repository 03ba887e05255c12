import "server-only";

import { getTranslations } from "next-intl/server";
import { getShopName } from "./data/storefront-config";

/** The shop's name from the backend, or the default name when the backend cannot tell. */
export async function getDisplayShopName(): Promise<string> {
  const [name, t] = await Promise.all([getShopName(), getTranslations("Metadata")]);
  return name ?? t("defaultShopName");
}
