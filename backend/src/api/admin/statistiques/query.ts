import { GRANULARITIES, previousPeriod, type ReportFilter } from "@comptoir/analytics"
import { z } from "zod"

// The query string of the report routes, checked before any SQL runs: a bad value is a 400 with
// the reason, never a 500 from Postgres.

const DAY_MS = 86_400_000
/** A year and a bit: longer periods would be slow and are not what the dashboard shows. */
const MAX_PERIOD_DAYS = 400
/** Hourly buckets beyond this make unreadable charts (and heavy answers). */
const MAX_HOURLY_DAYS = 31

/** `2026-11-23` (midnight UTC) or a full ISO 8601 date-time with its offset. */
export const instant = z
  .string()
  .trim()
  .refine((value) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(value) && !Number.isNaN(Date.parse(value)), {
    message: "doit être une date ISO 8601 (2026-11-23 ou 2026-11-23T00:00:00Z)",
  })
  .transform((value) => new Date(value).toISOString())

const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1")

export const reportQuerySchema = z
  .object({
    from: instant.optional(),
    to: instant.optional(),
    /** `previous` (the period of the same length just before), `none`, or `custom` with compare_from/compare_to. */
    compare: z.enum(["previous", "none", "custom"]).default("previous"),
    compare_from: instant.optional(),
    compare_to: instant.optional(),
    include_simulated: flag.default(false),
    granularity: z.enum(GRANULARITIES as [string, ...string[]]).default("day"),
    limit: z.coerce.number().int().min(1).max(500).default(20),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .strict()
  .superRefine((query, context) => {
    const to = query.to ? Date.parse(query.to) : Date.now()
    const from = query.from ? Date.parse(query.from) : to - 30 * DAY_MS
    if (from >= to) context.addIssue({ code: "custom", path: ["from"], message: "doit être avant « to »" })
    if (to - from > MAX_PERIOD_DAYS * DAY_MS) {
      context.addIssue({ code: "custom", path: ["to"], message: `la période ne peut pas dépasser ${MAX_PERIOD_DAYS} jours` })
    }
    if (query.granularity === "hour" && to - from > MAX_HOURLY_DAYS * DAY_MS) {
      context.addIssue({ code: "custom", path: ["granularity"], message: `le découpage par heure est limité à ${MAX_HOURLY_DAYS} jours` })
    }
    if (query.compare === "custom") {
      if (!query.compare_from || !query.compare_to) {
        context.addIssue({ code: "custom", path: ["compare"], message: "« custom » demande compare_from et compare_to" })
      } else if (Date.parse(query.compare_from) >= Date.parse(query.compare_to)) {
        context.addIssue({ code: "custom", path: ["compare_from"], message: "doit être avant « compare_to »" })
      } else if (Date.parse(query.compare_to) - Date.parse(query.compare_from) > MAX_PERIOD_DAYS * DAY_MS) {
        context.addIssue({ code: "custom", path: ["compare_to"], message: `la période ne peut pas dépasser ${MAX_PERIOD_DAYS} jours` })
      }
    }
  })

export type ReportQuery = z.infer<typeof reportQuerySchema>

export function filterOf(query: ReportQuery, now = new Date()): ReportFilter {
  const to = query.to ?? now.toISOString()
  const from = query.from ?? new Date(Date.parse(to) - 30 * DAY_MS).toISOString()
  const period = { from, to }
  const comparison =
    query.compare === "none"
      ? null
      : query.compare === "custom" && query.compare_from && query.compare_to
        ? { from: query.compare_from, to: query.compare_to }
        : previousPeriod(period)
  return {
    period,
    comparison,
    includeSimulated: query.include_simulated,
    granularity: query.granularity as ReportFilter["granularity"],
    limit: query.limit,
  }
}

/** "from: doit être … ; to: …": what the 400 answer says. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "requête"} : ${issue.message}`).join(" ; ")
}
