/** The four Lighthouse categories, in the order of its report. */
export const CATEGORY_IDS = ["performance", "accessibility", "best-practices", "seo"] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Comptoir's targets (scores out of 100): a page meets one when its score is at least this. */
export const TARGETS: Record<CategoryId, number> = {
  performance: 90,
  accessibility: 95,
  "best-practices": 95,
  seo: 100,
};

/** One audited page: its label and each category's score out of 100 (`null`: Lighthouse gave none). */
export type PageScores = { page: string; scores: Record<CategoryId, number | null> };

/** The part of a Lighthouse result the bench reads (a typed boundary over `LH.Result`). */
export type LighthouseSummary = {
  categories: Partial<Record<string, { score: number | null }>>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string }>;
};

export type FailingAudit = { id: string; title: string; score: number };

/** Lighthouse's 0–1 scores as whole numbers out of 100, like its report. */
export function scoresOf(page: string, result: LighthouseSummary): PageScores {
  const score = (id: CategoryId) => {
    const value = result.categories[id]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  return {
    page,
    scores: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
    },
  };
}

/** Scored audits below Lighthouse's "passed" mark (0.9), worst first. */
export function failingAudits(result: LighthouseSummary): FailingAudit[] {
  const scored = new Set(["binary", "numeric", "metricSavings"]);
  return Object.values(result.audits)
    .filter((audit) => scored.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 0.9)
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score ?? 0 }))
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id));
}

export function meetsTarget(category: CategoryId, score: number | null): boolean {
  return score !== null && score >= TARGETS[category];
}

/** A plain-text table: one row per page, each score with ✓ or ✗ against its target. */
export function formatScoreTable(rows: readonly PageScores[]): string {
  const header = ["page", ...CATEGORY_IDS.map((id) => `${id} (${id === "seo" ? "=" : "≥"}${TARGETS[id]})`)];
  const body = rows.map((row) => [
    row.page,
    ...CATEGORY_IDS.map((id) => `${row.scores[id] ?? "—"} ${meetsTarget(id, row.scores[id]) ? "✓" : "✗"}`),
  ]);
  const widths = header.map((cell, column) => Math.max(cell.length, ...body.map((line) => (line[column] ?? "").length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...body.map(line)].join("\n");
}

export function allTargetsMet(rows: readonly PageScores[]): boolean {
  return rows.every((row) => CATEGORY_IDS.every((id) => meetsTarget(id, row.scores[id])));
}
