import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/account/login-form";
import { safeReturnPath } from "@/lib/account/return-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.login");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function LoginPage({ searchParams }: PageProps<"/compte/connexion">) {
  const [{ retour }, t] = await Promise.all([searchParams, getTranslations("Account.login")]);
  // No redirect when a session cookie exists: the backend may have refused it (the account
  // pages send such visitors here), and the form is the way out.
  const returnTo = safeReturnPath(retour);
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <LoginForm returnTo={returnTo} />
      <p>
        {t("noAccount")}{" "}
        <Link href="/compte/inscription" className="font-semibold">
          {t("registerLink")}
        </Link>
      </p>
    </div>
  );
}
