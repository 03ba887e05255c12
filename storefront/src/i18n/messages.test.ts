import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import { LOCALES } from "./locales";

function keyPaths(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === "object" && value !== null ? keyPaths(value as object, path) : [path];
  });
}

describe("message files", () => {
  it("exist for every locale", () => {
    expect(Object.keys({ fr, en }).sort()).toEqual([...LOCALES].sort());
  });

  it("translate the same keys in English as in French", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(fr).sort());
  });

  it("have no empty message", () => {
    for (const messages of [fr, en]) {
      for (const path of keyPaths(messages)) {
        const value = path
          .split(".")
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], messages);
        expect(value, path).toMatch(/\S/);
      }
    }
  });
});
