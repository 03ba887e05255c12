/** Public URLs of the shop, French like the pages they lead to. */
export function productPath(handle: string): string {
  return `/produits/${encodeURIComponent(handle)}`;
}
