/** Print-first CSS: A4 pages, one section per page, nothing that needs a script or a download. */
export const REPORT_CSS = `
@page { size: A4; margin: 15mm 14mm; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111827; margin: 0 auto; max-width: 190mm; padding: 12mm 0; font-size: 11pt; line-height: 1.4; }
h1 { font-size: 20pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 0 0 3mm; border-bottom: 2px solid #3b82f6; padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; }
section { margin-bottom: 10mm; }
section + section { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 10pt; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
th { background: #f3f4f6; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
tr, .chart, dl > div { break-inside: avoid; page-break-inside: avoid; }
.muted { color: #6b7280; font-size: 9.5pt; }
.chart { display: block; margin: 2mm 0 4mm; }
dl { margin: 0; font-size: 9.5pt; }
dl > div { margin-bottom: 2mm; }
dt { font-weight: 600; }
dd { margin: 0 0 0 4mm; }
.notice { border: 1px solid #d1d5db; background: #f9fafb; padding: 3mm; border-radius: 2mm; }
@media screen { body { padding: 12mm 8mm; } }
`
