// Chart colours follow the admin's theme variables (light and dark), with fallbacks for a
// browser that resolves none of them.
export const CHART_COLORS = [
  "var(--fg-interactive, #3b82f6)",
  "var(--tag-purple-icon, #8b5cf6)",
  "var(--tag-orange-icon, #f97316)",
  "var(--tag-green-icon, #10b981)",
  "var(--tag-red-icon, #ef4444)",
] as const

export const AXIS_COLOR = "var(--fg-muted, #9ca3af)"
export const GRID_COLOR = "var(--border-base, #e5e7eb)"

export function chartColor(index: number): string {
  return CHART_COLORS[index % CHART_COLORS.length] ?? CHART_COLORS[0]
}

export const AXIS_TICK = { fill: AXIS_COLOR, fontSize: 11 } as const
