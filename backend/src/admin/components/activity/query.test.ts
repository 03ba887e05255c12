import { describe, expect, it } from "vitest"
import { EMPTY_FILTER, listSearch, summarySearch } from "./query"

describe("journal query strings", () => {
  it("ask for a page of the filtered journal, the last day included", () => {
    const params = listSearch({ actorId: "user_2", entityType: "product", fromDay: "2026-11-01", toDay: "2026-11-30", page: 2 })
    expect(params.get("actor_id")).toBe("user_2")
    expect(params.get("entity_type")).toBe("product")
    expect(params.get("offset")).toBe("50")
    expect(params.get("limit")).toBe("25")
    expect(new Date(params.get("from") as string).getTime()).toBe(new Date(2026, 10, 1).getTime())
    expect(new Date(params.get("to") as string).getTime()).toBe(new Date(2026, 11, 1).getTime())
  })

  it("leave the summary to the period only, and send nothing for an empty filter", () => {
    expect(summarySearch({ ...EMPTY_FILTER, actorId: "user_2" }).toString()).toBe("")
    expect(listSearch(EMPTY_FILTER).toString()).toBe("limit=25&offset=0")
  })
})
