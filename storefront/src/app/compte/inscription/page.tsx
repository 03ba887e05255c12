import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegisterForm } from "@/components/account/register-form";
import { getCustomerToken } from "@/lib/data/customer-session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account.register");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function RegisterPage() {
  const t = await getTranslations("Account.register");
  if (await getCustomerToken()) redirect("/compte");
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="text-muted">{t("intro")}</p>
      </header>
      <RegisterForm />
      <p>
        {t("haveAccount")}{" "}
        <Link href="/compte/connexion" className="font-semibold">
          {t("loginLink")}
        </Link>
      </p>
    </div>
  );
}
