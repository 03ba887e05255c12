import { describe, expect, it } from "vitest"
import { parseCsv, UTF8_BOM, writeCsv } from "./csv"

describe("writeCsv / parseCsv", () => {
  it("round-trips separators, quotes, line breaks, HTML and formula-like cells", () => {
    const rows = [
      ["a;b", 'il a dit "oui"', "ligne 1\nligne 2", "<script>alert(1)</script>"],
      ["=HYPERLINK(\"x\")", "-5", " espace ", ""],
    ]
    const text = writeCsv(["w", "x", "y", "z"], rows)
    expect(text.startsWith(UTF8_BOM)).toBe(true)
    expect(text).toContain("'=HYPERLINK")
    const parsed = parseCsv(text)
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["w", "x", "y", "z"] },
        { line: 2, cells: rows[0] },
        { line: 4, cells: rows[1] },
      ],
    })
  })

  it("reads comma files, LF line ends and skips blank lines", () => {
    expect(parseCsv("a,b\n\n1,2\n")).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ["a", "b"] },
        { line: 3, cells: ["1", "2"] },
      ],
    })
  })

  it("reports broken quoting with its line", () => {
    expect(parseCsv('a;b\n1;"open\n')).toMatchObject({ ok: false, line: 2 })
    expect(parseCsv('a;b\n1;x"y\n')).toMatchObject({ ok: false, line: 2 })
  })
})
