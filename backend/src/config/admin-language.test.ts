import vm from "node:vm"
import { describe, expect, it } from "vitest"
import { ADMIN_DEFAULT_LANGUAGE_SCRIPT, frenchAdminByDefault } from "./admin-language"

function runScript(cookie: string, stored: string | null) {
  const context = { document: { cookie }, localStorage: { getItem: () => stored } }
  vm.runInNewContext(ADMIN_DEFAULT_LANGUAGE_SCRIPT.replace(/<\/?script>/g, ""), context)
  return context.document.cookie
}

describe("admin language", () => {
  it("injects the script at the top of the admin's head", () => {
    const html = frenchAdminByDefault().transformIndexHtml("<html><head><title>Medusa</title></head></html>")
    expect(html).toContain(`<head>${ADMIN_DEFAULT_LANGUAGE_SCRIPT}<title>`)
  })

  it("chooses French for a first visit", () => {
    expect(runScript("", null)).toMatch(/^lng=fr;/)
  })

  it("keeps a language already chosen in the profile", () => {
    expect(runScript("lng=en", null)).toBe("lng=en")
    expect(runScript("other=1", "en")).toBe("other=1")
  })
})
