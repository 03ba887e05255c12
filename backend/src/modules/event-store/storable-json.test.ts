import { describe, expect, it } from "vitest"
import { toStorableJson } from "./storable-json"

describe("toStorableJson", () => {
  it("leaves ordinary values exactly as JSON.stringify writes them", () => {
    const value = [{ event: "$pageview", properties: { title: "Tasse émaillée 🍵", path: "C:\\u0000" } }]
    expect(toStorableJson(value)).toBe(JSON.stringify(value))
  })

  it("replaces NUL characters, which Postgres text and jsonb refuse, in values and keys", () => {
    const json = toStorableJson({ "a\u0000b": ["x\u0000y"] })
    expect(json).not.toContain("\\u0000")
    expect(JSON.parse(json)).toEqual({ "a\uFFFDb": ["x\uFFFDy"] })
  })

  it("replaces unpaired surrogates but keeps real emoji", () => {
    const json = toStorableJson({ text: "\uD83C broken \uDF75 and 🍵" })
    expect(JSON.parse(json)).toEqual({ text: "\uFFFD broken \uFFFD and 🍵" })
  })

  it("keeps a __proto__ key a key", () => {
    const value = JSON.parse('{"__proto__": {"x": "\\u0000"}}') as unknown
    expect(JSON.parse(toStorableJson(value))).toEqual(JSON.parse('{"__proto__": {"x": "\uFFFD"}}'))
  })
})
