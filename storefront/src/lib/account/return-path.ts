/** Where a login may send the customer back to: a path of this shop, never another site. */
export const ACCOUNT_HOME = "/compte";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string") return ACCOUNT_HOME;
  const path = value.trim();
  // "//host" and "/\host" are read by browsers as another origin.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || path.length > 200) return ACCOUNT_HOME;
  if (/[\u0000-\u001f]/.test(path)) return ACCOUNT_HOME;
  return path;
}
