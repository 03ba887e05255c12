/**
 * The shop's legal identity, shown on the legal pages (mentions légales, CGV,
 * confidentialité, cookies). Read from the storefront's environment so a class
 * can fill in its own (fictional) company; the shop's name comes from the
 * backend. A missing value is shown as "à compléter", never invented.
 */
export type ShopDetails = {
  /** Raison sociale (company name); defaults to the shop's name. */
  legalName: string | null;
  /** Legal form and capital, e.g. "SAS au capital de 1 000 €". */
  legalForm: string | null;
  address: string | null;
  email: string | null;
  phone: string | null;
  /** SIRET (14 digits) or RCS registration. */
  registration: string | null;
  /** Intra-community VAT number. */
  vatNumber: string | null;
  /** Directeur ou directrice de la publication. */
  publicationDirector: string | null;
  /** Hébergeur: name and address of whoever hosts the server. */
  host: string | null;
};

/** Environment variable of each detail. */
export const SHOP_DETAIL_VARIABLES: Record<keyof ShopDetails, string> = {
  legalName: "SHOP_LEGAL_NAME",
  legalForm: "SHOP_LEGAL_FORM",
  address: "SHOP_ADDRESS",
  email: "SHOP_EMAIL",
  phone: "SHOP_PHONE",
  registration: "SHOP_REGISTRATION",
  vatNumber: "SHOP_VAT_NUMBER",
  publicationDirector: "SHOP_PUBLICATION_DIRECTOR",
  host: "SHOP_HOST",
};

const MAX_DETAIL_LENGTH = 300;

export function readShopDetails(env: Readonly<Record<string, string | undefined>>): ShopDetails {
  const details = {} as ShopDetails;
  for (const [key, variable] of Object.entries(SHOP_DETAIL_VARIABLES) as [keyof ShopDetails, string][]) {
    const value = env[variable]?.replace(/\s+/g, " ").trim();
    details[key] = value ? value.slice(0, MAX_DETAIL_LENGTH) : null;
  }
  return details;
}
