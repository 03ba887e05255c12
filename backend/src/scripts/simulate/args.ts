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

/** `CODE_A,CODE_B`: the two promotions a replay compares, A first. */
export function parseReplayCodes(text: string): [string, string] {
  const codes = text.split(",").map((code) => code.trim())
  const [first, second] = codes
  if (codes.length !== 2 || !first || !second) throw new Error(`replay « ${text} » : attendu deux codes de promotion séparés par une virgule (BIENVENUE10,MERCI5)`)
  if (first === second) throw new Error(`replay « ${text} » : les deux codes doivent être différents`)
  return [first, second]
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
    /**
     * History orders: `bulk` (Medusa's pricing, tax and promotion modules, written a week at a
     * time) or `store-api` (the Store API's cart workflows, one order at a time, ~1 s each).
     */
    orders: z.enum(["bulk", "store-api"]).default("bulk"),
    /** Where to write the run's figures as JSON (the benchmark reads them). */
    report: z.string().min(1).optional(),
    /** Replay mode: the last `days` under promotion A then B (`CODE_A,CODE_B`), written nowhere. */
    replay: z
      .string()
      .optional()
      .transform((text, context) => (text === undefined ? null : parseWith(parseReplayCodes, text, context))),
  })
  .strict()
  .refine((options) => !(options.live && options.replay), { message: "replay et live ne vont pas ensemble : choisissez l'un des deux" })

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
