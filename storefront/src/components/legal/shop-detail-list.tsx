import { getTranslations } from "next-intl/server";
import { SHOP_DETAIL_VARIABLES, type ShopDetails } from "@/lib/shop-details";

/**
 * Some of the shop's legal details as a definition list. A detail nobody has
 * filled in says so, with the setting to fill, rather than inventing one.
 */
export async function ShopDetailList({ details, fields }: { details: ShopDetails; fields: readonly (keyof ShopDetails)[] }) {
  const t = await getTranslations("Legal");
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
      {fields.map((field) => (
        <div key={field} className="contents">
          <dt className="font-semibold">{t(`fields.${field}`)}</dt>
          <dd className={details[field] ? "" : "text-muted italic"}>
            {details[field] ?? t("toComplete", { variable: SHOP_DETAIL_VARIABLES[field] })}
          </dd>
        </div>
      ))}
    </dl>
  );
}
