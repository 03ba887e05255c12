/**
 * Print rules of the report page: A4 pages, only the report (the admin's sidebar, header and the
 * page's own buttons disappear), one section per page. `:has()` keeps the report's ancestors
 * and hides everything beside them, whatever the admin shell's markup.
 */
const PRINT_CSS = `
@media print {
  @page { size: A4; margin: 12mm; }
  body *:not(:has(#rapport-imprimable)):not(#rapport-imprimable):not(#rapport-imprimable *) { display: none !important; }
  *:has(#rapport-imprimable) { display: block !important; overflow: visible !important; height: auto !important; max-height: none !important;
    width: auto !important; max-width: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; position: static !important; }
  #rapport-imprimable { width: 186mm; color: #111827; }
  #rapport-imprimable .no-print { display: none !important; }
  #rapport-imprimable section + section { break-before: page; page-break-before: always; }
  #rapport-imprimable tr, #rapport-imprimable .print-chart, #rapport-imprimable dl > div { break-inside: avoid; page-break-inside: avoid; }
}
`

export function PrintStyle() {
  return <style>{PRINT_CSS}</style>
}
