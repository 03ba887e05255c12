import { z } from "zod"

// Query strings of the journal's routes, checked before anything is read: a bad value is a 400
// with the reason.

/** `2026-11-23` (midnight UTC) or a full ISO 8601 date-time with its offset. */
const instant = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: "must be an ISO 8601 date (2026-11-23 or 2026-11-23T00:00:00Z)",
  })
  .transform((value) => new Date(value))

const period = {
  from: instant.optional(),
  to: instant.optional(),
}

const periodInOrder = (query: { from?: Date; to?: Date }) => !query.from || !query.to || query.from < query.to
const periodMessage = { message: "from must be before to", path: ["from"] }

const filters = {
  ...period,
  actor_id: z.string().trim().min(1).max(100).optional(),
  entity_type: z.string().trim().min(1).max(60).regex(/^[a-z_]+$/, "must be lowercase letters and underscores").optional(),
}

export const activityListQuerySchema = z
  .object({
    ...filters,
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict()
  .refine(periodInOrder, periodMessage)

export const activityExportQuerySchema = z.object(filters).strict().refine(periodInOrder, periodMessage)

export const activitySummaryQuerySchema = z.object(period).strict().refine(periodInOrder, periodMessage)

export type ActivityListQuery = z.infer<typeof activityListQuerySchema>
export type ActivityExportQuery = z.infer<typeof activityExportQuerySchema>
export type ActivitySummaryQuery = z.infer<typeof activitySummaryQuerySchema>

/** "from: must be …; limit: …": what the 400 answer says. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "query"}: ${issue.message}`).join("; ")
}
