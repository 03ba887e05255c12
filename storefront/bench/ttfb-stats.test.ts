import { describe, expect, it } from "vitest";
import { formatTtfb, percentile, summarise } from "./ttfb-stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const samples = Array.from({ length: 200 }, (_, i) => 200 - i); // 200..1, unsorted
    expect(percentile(samples, 50)).toBe(100);
    expect(percentile(samples, 95)).toBe(190);
    expect(percentile([7], 95)).toBe(7);
  });

  it("refuses an empty list", () => {
    expect(() => percentile([], 50)).toThrow();
  });
});

describe("formatTtfb", () => {
  it("prints both medians and the ratio", () => {
    const text = formatTtfb(summarise([4, 4, 4, 8]), summarise([2, 2, 2, 2]));
    expect(text).toContain("product page   median 4.0 ms   p95 8.0 ms   (4 requests)");
    expect(text).toContain("ratio page / health: median 2.0×, p95 4.0×");
  });
});
