import { z } from "zod"

// Input of the "données personnelles" routes: checked before anything is read or erased, so a
// bad value is a 400 with the reason.

export const customerSearchSchema = z
  .object({
    /** Part of an e-mail address (at least 3 characters), matched case-insensitively. */
    email: z.string().trim().min(3, "must be at least 3 characters").max(254, "must be at most 254 characters"),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict()

export type CustomerSearch = z.infer<typeof customerSearchSchema>

/** Medusa customer ids look like `cus_01J…`. */
export const customerParamsSchema = z.object({
  id: z.string().regex(/^cus_[0-9A-Za-z]{1,64}$/, "is not a customer id (cus_…)"),
})

export const eraseBodySchema = z
  .object({
    /** The customer's e-mail address, typed again: erasure cannot be undone. */
    confirmation: z.string({ error: "is required: type the customer's e-mail address" }).trim().min(1).max(254),
  })
  .strict()

export type EraseBody = z.infer<typeof eraseBodySchema>

/** "email: must be at least 3 characters; limit: …": what a 400 answer says. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "request"}: ${issue.message}`).join("; ")
}
