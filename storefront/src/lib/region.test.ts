import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { pickRegionForCountry } from "./region";

function region(id: string, countries: string[]): HttpTypes.StoreRegion {
  return {
    id,
    name: id,
    currency_code: "eur",
    countries: countries.map((iso_2) => ({ id: iso_2, iso_2 })),
  } as HttpTypes.StoreRegion;
}

describe("pickRegionForCountry", () => {
  const europe = region("reg_eu", ["de", "FR", "it"]);
  const world = region("reg_world", ["us"]);

  it("picks the region that sells to the country, whatever the case", () => {
    expect(pickRegionForCountry([world, europe], "fr")?.id).toBe("reg_eu");
  });

  it("falls back to the first region", () => {
    expect(pickRegionForCountry([world, europe], "be")?.id).toBe("reg_world");
  });

  it("is null without regions", () => {
    expect(pickRegionForCountry([], "fr")).toBeNull();
  });
});
