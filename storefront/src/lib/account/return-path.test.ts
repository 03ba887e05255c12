import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of the shop", () => {
    expect(safeReturnPath("/commande")).toBe("/commande");
    expect(safeReturnPath("/compte/commandes?page=2")).toBe("/compte/commandes?page=2");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "commande", "", null, "/a\nb"])(
    "sends %s to the account instead",
    (value) => {
      expect(safeReturnPath(value)).toBe("/compte");
    },
  );
});
