import { normaliseCapture } from "@comptoir/analytics"
import { describe, expect, it } from "vitest"
import { ARRAY_COLUMNS } from "./columns"
import { insertParameters } from "./rows"

function events() {
  const body = JSON.stringify({
    batch: [
      { uuid: "0193a1b2-c3d4-7e5f-8a9b-000000000001", event: "$pageview", timestamp: "2026-11-23T10:00:00.000Z", properties: { distinct_id: "a\u0000b", $session_id: "s", colour: "bleu" } },
      { uuid: "0193a1b2-c3d4-7e5f-8a9b-000000000002", event: "$pageleave", timestamp: "2026-11-23T10:00:01.000Z", properties: { $session_id: "s", note: "x\u0000" } },
    ],
  })
  const result = normaliseCapture({ body }, { now: new Date("2026-11-23T10:00:02.000Z") })
  if (!result.ok) throw new Error(result.reason)
  return result.events
}

describe("insertParameters", () => {
  it("gives one array per typed column, then the properties as one JSON array", () => {
    const parameters = insertParameters(events())
    expect(parameters).toHaveLength(ARRAY_COLUMNS.length + 1)
    const column = (name: (typeof ARRAY_COLUMNS)[number]) => parameters[ARRAY_COLUMNS.indexOf(name)]
    expect(column("event")).toEqual(["$pageview", "$pageleave"])
    expect(column("session_id")).toEqual(["s", "s"])
    expect(column("timestamp")).toEqual(["2026-11-23T10:00:00.000Z", "2026-11-23T10:00:01.000Z"])
    expect(column("is_bot")).toEqual([false, false])
    expect(JSON.parse(parameters.at(-1) as string)).toEqual([{ colour: "bleu" }, { note: "x\uFFFD" }])
  })

  it("replaces NUL, which Postgres refuses in text, in typed columns too", () => {
    const distinctIds = insertParameters(events())[ARRAY_COLUMNS.indexOf("distinct_id")] as (string | null)[]
    expect(distinctIds[0]).toBe("a\uFFFDb")
  })
})
