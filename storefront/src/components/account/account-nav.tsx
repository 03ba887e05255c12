import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LogoutButton } from "./logout-button";

const LINKS = [
  { href: "/compte", key: "overview" },
  { href: "/compte/commandes", key: "orders" },
  { href: "/compte/adresses", key: "addresses" },
] as const;

/** The account's menu; `current` marks the page the customer is on. */
export async function AccountNav({ current }: { current: (typeof LINKS)[number]["key"] }) {
  const t = await getTranslations("Account");
  return (
    <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">
      <nav aria-label={t("navigation")}>
        <ul className="flex flex-wrap gap-2">
          {LINKS.map((link) => (
            <li key={link.key}>
              <Link
                href={link.href}
                aria-current={link.key === current ? "page" : undefined}
                className={
                  link.key === current
                    ? "inline-block rounded border border-brand bg-brand-soft px-3 py-2 font-semibold text-brand-strong no-underline"
                    : "inline-block rounded border border-line px-3 py-2 text-ink no-underline hover:border-brand hover:text-brand"
                }
              >
                {t(`nav.${link.key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <LogoutButton />
    </div>
  );
}
