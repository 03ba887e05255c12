/** Public URLs of the shop, French like the pages they lead to. */
export function productPath(handle: string): string {
  return `/produits/${encodeURIComponent(handle)}`;
}

export function categoryPath(handle: string): string {
  return `/categories/${encodeURIComponent(handle)}`;
}

export function collectionPath(handle: string): string {
  return `/collections/${encodeURIComponent(handle)}`;
}

export const SEARCH_PATH = "/recherche";

export function searchPath(query: string): string {
  return `${SEARCH_PATH}?${new URLSearchParams({ q: query }).toString()}`;
}

/** The legal pages every French shop needs, with the shop's own details. */
export const LEGAL_PATHS = {
  legalNotice: "/mentions-legales",
  terms: "/cgv",
  privacy: "/confidentialite",
  cookies: "/cookies",
} as const;
