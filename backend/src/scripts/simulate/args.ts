import { simulator } from "@comptoir/seed"
import { z } from "zod"

function parseWith<T>(parse: (text: string) => T, text: string, context: z.RefinementCtx): T {
  try {
    return parse(text)
  } catch (error) {
    context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) })
    return z.NEVER
  }
}

/**
 * Arguments of `medusa exec ./src/scripts/simulate.ts`, as `key=value` words (medusa exec's
 * own option parser would swallow `--days`): run-with-db.ts turns `--days 90` into `days=90`.
 */
export const simulateArgsSchema = z
  .object({
    days: z.coerce.number().int().min(1).max(730).default(30),
    visitors: z.coerce.number().int().min(1).max(20_000).default(300),
    seed: z.coerce.number().int().min(0).max(2 ** 31).default(42),
    storefront: z.url().default(process.env.STOREFRONT_URL ?? "http://localhost:8000"),
    /** Live mode: visitors now, through the running storefront and backend. */
    live: z.stringbool().default(false),
    /** Live arrivals: `2/s`, `30/min`, `500/h`. */
    rate: z.string().default("1/s").transform((text, context) => parseWith(simulator.parseRate, text, context)),
    /** Live mode stops by itself after `10m`, `90s`, `2h`; without it, at Ctrl-C. */
    duration: z
      .string()
      .optional()
      .transform((text, context) => (text === undefined ? null : parseWith(simulator.parseDuration, text, context))),
    /** The backend whose Store API live orders go through. */
    backend: z.url().default(process.env.MEDUSA_BACKEND_URL ?? "http://localhost:9000"),
    /** The Store API's publishable key; by default the shop's first one, read from the database. */
    key: z.string().min(1).optional(),
    /** Where to write the run's figures as JSON (the benchmark reads them). */
    report: z.string().min(1).optional(),
  })
  .strict()

export type SimulateArgs = z.infer<typeof simulateArgsSchema>

export function parseSimulateArgs(words: readonly string[]): SimulateArgs {
  const entries = words.map((word) => {
    const index = word.indexOf("=")
    if (index <= 0) throw new Error(`argument « ${word} » : attendu clé=valeur (days=90, visitors=300, seed=42, live=true, rate=2/s)`)
    return [word.slice(0, index), word.slice(index + 1)] as const
  })
  const given = Object.fromEntries(entries)
  const parsed = simulateArgsSchema.safeParse(given)
  if (!parsed.success) throw new Error(`arguments invalides : ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
