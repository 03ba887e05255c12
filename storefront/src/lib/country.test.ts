import type { HttpTypes } from "@medusajs/types";
import { describe, expect, it } from "vitest";
import { countryOptions, parseCountryCode, regionForCountry, toRegionChoice } from "./country";

const regions = [
  toRegionChoice({ id: "reg_eu", name: "Union européenne", currency_code: "eur", countries: [{ iso_2: "de" }, { iso_2: "BE" }] } as HttpTypes.StoreRegion),
  toRegionChoice({ id: "reg_fr", name: "France", currency_code: "eur", countries: [{ iso_2: "fr" }] } as HttpTypes.StoreRegion),
  toRegionChoice({ id: "reg_ch", name: "Suisse", currency_code: "chf", countries: [{ iso_2: "ch" }] } as HttpTypes.StoreRegion),
];

describe("country selector helpers", () => {
  it("names countries in French, France first, then alphabetically", () => {
    const options = countryOptions(regions, "fr-FR", "fr");
    expect(options.map((option) => option.name)).toEqual(["France", "Allemagne", "Belgique", "Suisse"]);
    expect(options.find((option) => option.code === "ch")).toEqual({ code: "ch", name: "Suisse", regionId: "reg_ch", currencyCode: "chf" });
  });

  it("names them in English for an English visitor", () => {
    expect(countryOptions(regions, "en", "fr").map((option) => option.name)).toEqual(["France", "Belgium", "Germany", "Switzerland"]);
  });

  it("finds the region selling to a country", () => {
    expect(regionForCountry(regions, "be")?.id).toBe("reg_eu");
    expect(regionForCountry(regions, "us")).toBeNull();
    expect(regionForCountry(regions, null)).toBeNull();
  });

  it("accepts only two-letter codes", () => {
    expect(parseCountryCode(" BE ")).toBe("be");
    expect(parseCountryCode("bel")).toBeNull();
    expect(parseCountryCode(undefined)).toBeNull();
  });
});
