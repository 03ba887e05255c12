import { describe, expect, it } from "vitest"
import { DEFAULT_FILTER, autoGranularity, filterFromSearch, filterToSearch, resolveFilter } from "./filter"

describe("filter in the URL", () => {
  it("gives the defaults for an empty or unknown query", () => {
    expect(filterFromSearch(new URLSearchParams())).toEqual(DEFAULT_FILTER)
    expect(filterFromSearch(new URLSearchParams("period=forever&granularity=minute&compare=maybe"))).toEqual(DEFAULT_FILTER)
  })

  it("writes only what differs from the default, and reads it back", () => {
    expect(filterToSearch(DEFAULT_FILTER).toString()).toBe("")
    const custom = {
      ...DEFAULT_FILTER,
      preset: "custom" as const,
      customFrom: "2024-03-04",
      customTo: "2024-03-10",
      compare: false,
      includeSimulated: false,
      granularity: "hour" as const,
    }
    const search = filterToSearch(custom)
    expect(search.toString()).toBe("period=custom&from=2024-03-04&to=2024-03-10&compare=0&simulated=0&granularity=hour")
    expect(filterFromSearch(search)).toEqual(custom)
  })

  it("drops custom dates when the preset is not custom", () => {
    const search = filterToSearch({ ...DEFAULT_FILTER, preset: "last7", customFrom: "2024-03-04", customTo: "2024-03-10" })
    expect(search.toString()).toBe("period=last7")
  })
})

describe("granularity", () => {
  const range = (days: number) => ({ from: new Date(2026, 0, 1), to: new Date(2026, 0, 1 + days) })

  it("chooses hours for a day or two, days up to three months, weeks beyond", () => {
    expect(autoGranularity(range(1))).toBe("hour")
    expect(autoGranularity(range(2))).toBe("hour")
    expect(autoGranularity(range(30))).toBe("day")
    expect(autoGranularity(range(92))).toBe("day")
    expect(autoGranularity(range(93))).toBe("week")
  })

  it("keeps the one the student chose", () => {
    const resolved = resolveFilter({ ...DEFAULT_FILTER, granularity: "week" }, new Date(2026, 10, 29))
    expect(resolved.granularity).toBe("week")
    expect(resolveFilter(DEFAULT_FILTER, new Date(2026, 10, 29)).granularity).toBe("day")
  })
})

describe("hourly curves", () => {
  it("fall back to the automatic choice past a month, which the API refuses in hours", () => {
    const now = new Date(2026, 10, 29)
    expect(resolveFilter({ ...DEFAULT_FILTER, preset: "last7", granularity: "hour" }, now).granularity).toBe("hour")
    expect(resolveFilter({ ...DEFAULT_FILTER, preset: "last90", granularity: "hour" }, now).granularity).toBe("day")
  })
})
