/*
 * The stylesheet's part for reach (appended to SITE_CSS): the elder-friendly mode that
 * assets/elder.js switches on (适老化: text 125 %, darker greys and links, no small print, a
 * thicker focus ring; every colour ≥ 7:1 on its background), and the QR codes only a printed power
 * page shows.
 */
export const REACH_CSS = `
/* Elder-friendly mode (长者模式), set on <html> by assets/elder.js */
.elder-toggle[aria-pressed="true"] { background: #fff; color: var(--brand); font-weight: 700; }
html[data-elder="on"] {
  font-size: 125%;
  --text: #000;
  --muted: #2b3137;
  --line: #6e7781;
  --link: #003f87;
  --visited: #4b1b78;
  --brand: #003b70;
}
html[data-elder="on"] body { line-height: 1.9; }
html[data-elder="on"] :is(.lang-toggle, .elder-toggle, .site-search input, .site-search button, .hint, .result-meta, .breadcrumbs, .badge, .code-label, .downloads .file, .site-footer, .sub) { font-size: 1rem; }
html[data-elder="on"] :is(.site-footer, .site-ids .label, .breadcrumbs) { color: #000; }
html[data-elder="on"] a { text-decoration-thickness: 0.1em; }
/* the search box's input would otherwise keep its 20-character width and push past a 320 px screen */
html[data-elder="on"] .site-search { min-width: 0; }
html[data-elder="on"] :focus-visible { outline-width: 4px; }

/* QR codes of the page's address and the online handling link: on paper only */
.print-qr { display: none; }

@media print {
  html[data-elder="on"] { font-size: 10.5pt; }
  .elder-toggle { display: none; }
  .print-qr { display: flex; flex-wrap: wrap; gap: 4mm 10mm; margin-top: 6mm; break-inside: avoid; page-break-inside: avoid; }
  .print-qr figure { display: flex; align-items: center; gap: 3mm; margin: 0; }
  .print-qr svg { width: 28mm; height: 28mm; flex: none; }
  .print-qr figcaption { max-width: 60mm; font-size: 9pt; }
  .print-qr .url { display: block; font-size: 8pt; }
}
`;
