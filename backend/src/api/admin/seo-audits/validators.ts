import { z } from "zod"

/** POST /admin/seo-audits takes no options: the storefront address comes from the configuration. */
export const startSeoAuditBody = z.object({}).strict()

export const seoAuditHistoryQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type SeoAuditHistoryQuery = z.infer<typeof seoAuditHistoryQuery>

/** `seoaud_` + a ULID, as the model's id generator makes them. */
export const seoAuditId = z.string().regex(/^seoaud_[0-9A-HJKMNP-TV-Z]{26}$/, "is not an SEO audit id (seoaud_…)")

/** "limit: Too big…; offset: …", the 400 answer's reason. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "value"}: ${issue.message}`).join("; ")
}
