import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fr from "../../messages/fr.json";
import { CLIENT_MESSAGE_NAMESPACES, pickClientMessages } from "./client-messages";

const SRC = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.includes(".test.") ? [full] : [];
  });
}

describe("messages sent to the browser", () => {
  it("cover every namespace a translation hook reads", () => {
    // The hook may run in the browser (a client component, or a shared one a client component
    // renders): its namespace must travel with the page, or the visitor sees raw keys.
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, "utf8").matchAll(/useTranslations\(\s*"([^".]+)/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((namespace) => !(CLIENT_MESSAGE_NAMESPACES as readonly string[]).includes(namespace))).toEqual([]);
  });

  it("name namespaces that exist, and leave the server-only ones out", () => {
    const picked = pickClientMessages(fr);
    expect(Object.keys(picked).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort());
    expect(picked).not.toHaveProperty("Privacy");
    expect(picked.Consent).toEqual(fr.Consent);
  });
});
