import { describe, expect, it } from "vitest";
import { allTargetsMet, failingAudits, formatScoreTable, type LighthouseSummary, scoresOf } from "./score-table";

const result: LighthouseSummary = {
  categories: {
    performance: { score: 0.874 },
    accessibility: { score: 0.96 },
    "best-practices": { score: 1 },
    seo: { score: 0.92 },
  },
  audits: {
    "color-contrast": { id: "color-contrast", title: "Contrast is too low", score: 0, scoreDisplayMode: "binary" },
    "largest-contentful-paint": { id: "largest-contentful-paint", title: "Largest Contentful Paint", score: 0.62, scoreDisplayMode: "numeric" },
    "first-contentful-paint": { id: "first-contentful-paint", title: "First Contentful Paint", score: 0.95, scoreDisplayMode: "numeric" },
    "meta-description": { id: "meta-description", title: "Document has a meta description", score: 1, scoreDisplayMode: "binary" },
    "uses-http2": { id: "uses-http2", title: "Use HTTP/2", score: null, scoreDisplayMode: "notApplicable" },
    "structured-data": { id: "structured-data", title: "Structured data is valid", score: null, scoreDisplayMode: "manual" },
    diagnostics: { id: "diagnostics", title: "Diagnostics", score: 0, scoreDisplayMode: "informative" },
  },
};

describe("scoresOf", () => {
  it("rounds Lighthouse's 0–1 scores to whole numbers out of 100", () => {
    expect(scoresOf("home", result).scores).toEqual({ performance: 87, accessibility: 96, "best-practices": 100, seo: 92 });
  });

  it("keeps a missing category as null", () => {
    expect(scoresOf("home", { categories: {}, audits: {} }).scores.seo).toBeNull();
  });
});

describe("failingAudits", () => {
  it("lists scored audits under 0.9, worst first, and skips informative or manual ones", () => {
    expect(failingAudits(result)).toEqual([
      { id: "color-contrast", title: "Contrast is too low", score: 0 },
      { id: "largest-contentful-paint", title: "Largest Contentful Paint", score: 0.62 },
    ]);
  });
});

describe("formatScoreTable", () => {
  it("aligns one row per page and marks each score against its target", () => {
    const table = formatScoreTable([
      scoresOf("home", result),
      { page: "product", scores: { performance: 95, accessibility: 100, "best-practices": 96, seo: 100 } },
    ]);
    expect(table.split("\n")).toEqual([
      "page    | performance (≥90) | accessibility (≥95) | best-practices (≥95) | seo (=100)",
      "--------|-------------------|---------------------|----------------------|-----------",
      "home    |              87 ✗ |                96 ✓ |                100 ✓ |       92 ✗",
      "product |              95 ✓ |               100 ✓ |                 96 ✓ |      100 ✓",
    ]);
  });

  it("shows a missing score as a dash, which misses its target", () => {
    const row = { page: "home", scores: { performance: null, accessibility: 100, "best-practices": 100, seo: 100 } };
    expect(formatScoreTable([row])).toContain("— ✗");
    expect(allTargetsMet([row])).toBe(false);
  });
});

describe("allTargetsMet", () => {
  it("requires every category of every page", () => {
    expect(allTargetsMet([{ page: "p", scores: { performance: 90, accessibility: 95, "best-practices": 95, seo: 100 } }])).toBe(true);
    expect(allTargetsMet([{ page: "p", scores: { performance: 90, accessibility: 95, "best-practices": 95, seo: 99 } }])).toBe(false);
  });
});
