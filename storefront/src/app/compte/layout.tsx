import type { Metadata } from "next";

/** A customer's own pages: never in a search engine (and never cached: they read the session cookie). */
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AccountLayout({ children }: LayoutProps<"/compte">) {
  return <>{children}</>;
}
