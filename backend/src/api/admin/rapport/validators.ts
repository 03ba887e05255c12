import { z } from "zod"
import { MAX_SHARE_VALIDITY_DAYS } from "../../../modules/report-share"
import { instant } from "../statistiques/query"

// A share link's period follows the report routes' own rules (ISO dates, from < to, at most
// 400 days): the jury's report must be one the admin could have asked for.

export const createShareLinkSchema = z
  .object({
    from: instant,
    to: instant,
    include_simulated: z.boolean().default(true),
    validity_days: z.number().int().min(1).max(MAX_SHARE_VALIDITY_DAYS).default(14),
    label: z.string().trim().max(120).nullish(),
  })
  .strict()
  .refine((body) => Date.parse(body.from) < Date.parse(body.to), { path: ["from"], message: "doit être avant « to »" })
  .refine((body) => Date.parse(body.to) - Date.parse(body.from) <= 400 * 86_400_000, {
    path: ["to"],
    message: "la période ne peut pas dépasser 400 jours",
  })

export type CreateShareLinkBody = z.infer<typeof createShareLinkSchema>

export const shareLinkIdSchema = z.string().regex(/^rshare_[0-9A-Z]{26}$/, "not a share link id")
