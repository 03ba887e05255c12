import { MAX_COMPARED_ITEMS } from "@comptoir/analytics"
import { z } from "zod"

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1")

/** Medusa ids: `promo_…` for a promotion, `procamp_…` for a campaign. */
const itemId = z.string().regex(/^[a-z]{2,12}_[0-9A-Za-z]{10,40}$/, "n’est pas un identifiant de promotion ou de campagne")

export const comparisonQuerySchema = z
  .object({
    /** Comma-separated, in table order: the first is the reference of the differences. */
    ids: z
      .string()
      .trim()
      .min(1, "au moins une promotion ou campagne")
      .transform((value) => [...new Set(value.split(",").map((id) => id.trim()).filter(Boolean))])
      .pipe(z.array(itemId).min(1).max(MAX_COMPARED_ITEMS, `au plus ${MAX_COMPARED_ITEMS} éléments à la fois`)),
    include_simulated: flag.default(false),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()

export type ComparisonQuery = z.infer<typeof comparisonQuerySchema>
