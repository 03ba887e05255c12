import { Html, escapeHtml } from "./escape"

// Charts of the printed report as inline SVG of a fixed size: no script, nothing to load, the
// same drawing on screen and on an A4 page.

export interface Bar {
  label: string
  value: number
  /** What is written at the end of the bar (the formatted value). */
  text: string
}

const WIDTH = 640
const LABEL_WIDTH = 170
const ROW = 26

export function barChart(title: string, bars: readonly Bar[]): Html {
  if (bars.length === 0) return new Html("")
  const max = Math.max(...bars.map((bar) => bar.value), 0) || 1
  const plot = WIDTH - LABEL_WIDTH - 90
  const height = bars.length * ROW + 8
  const rows = bars
    .map((bar, index) => {
      const y = index * ROW + 4
      const width = Math.max(0, (bar.value / max) * plot)
      return `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label.slice(0, 28))}</text>` +
        `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 8}" rx="3" fill="#3b82f6"></rect>` +
        `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${y + 16}">${escapeHtml(bar.text)}</text>`
    })
    .join("")
  return new Html(
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-size="12" font-family="sans-serif">${rows}</svg>`
  )
}

/** Scores over time (0–100), as points joined by a line. */
export function scoreChart(title: string, points: readonly { label: string; score: number }[]): Html {
  if (points.length === 0) return new Html("")
  const height = 160
  const left = 36
  const step = points.length > 1 ? (WIDTH - left - 20) / (points.length - 1) : 0
  const y = (score: number) => 10 + (100 - Math.max(0, Math.min(100, score))) * 1.2
  const coordinates = points.map((point, index) => `${(left + index * step).toFixed(1)},${y(point.score).toFixed(1)}`)
  const grid = [0, 50, 100]
    .map((score) => `<line x1="${left}" x2="${WIDTH - 10}" y1="${y(score)}" y2="${y(score)}" stroke="#e5e7eb"></line><text x="${left - 6}" y="${y(score) + 4}" text-anchor="end">${score}</text>`)
    .join("")
  const dots = points
    .map((point, index) => `<circle cx="${(left + index * step).toFixed(1)}" cy="${y(point.score).toFixed(1)}" r="3" fill="#8b5cf6"><title>${escapeHtml(`${point.label} : ${point.score}`)}</title></circle>`)
    .join("")
  return new Html(
    `<svg class="chart" role="img" aria-label="${escapeHtml(title)}" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-size="11" font-family="sans-serif">${grid}<polyline fill="none" stroke="#8b5cf6" stroke-width="2" points="${coordinates.join(" ")}"></polyline>${dots}</svg>`
  )
}
