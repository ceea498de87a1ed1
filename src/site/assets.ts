import { FLOWCHART_CSS } from '../flowchart/chart-style.js';
import { PALETTE, RISK_COLOURS } from '../flowchart/palette.js';
import { REACH_CSS } from './assets-reach.js';

/*
 * The disclosure site's one stylesheet, written to assets/site.css and linked from every page.
 * No web fonts and no external URLs: the system's CJK fonts, WCAG AA contrast (every text colour
 * below is ≥ 4.5:1 on its background), a visible focus ring, a layout that works at 320 px, and a
 * print style that turns a power page into a clean A4 document with its flowchart. Colours come
 * from one palette (flowchart/palette.ts), which the flowcharts inlined in pages are drawn with
 * too; their own rules (FLOWCHART_CSS) are part of this stylesheet, not of each chart.
 */
export const SITE_CSS = `/* powercat disclosure site */
:root {
  color-scheme: light;
  --text: ${PALETTE.text};
  --muted: ${PALETTE.muted};
  --line: ${PALETTE.line};
  --soft: ${PALETTE.soft};
  --brand: ${PALETTE.brand};
  --brand-soft: ${PALETTE.brandSoft};
  --link: ${PALETTE.link};
  --visited: ${PALETTE.visited};
  --focus: ${PALETTE.focus};
  --font: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
}

*, *::before, *::after { box-sizing: border-box; }

html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }

body {
  margin: 0;
  background: #fff;
  color: var(--text);
  font-family: var(--font);
  font-size: 1rem;
  line-height: 1.75;
  overflow-wrap: break-word;
  /* The footer stays at the bottom of a short page. */
  display: flex;
  flex-direction: column;
  min-height: 100vh;
}

.wrap { max-width: 68rem; margin: 0 auto; padding: 0 1rem; }

a { color: var(--link); text-decoration: underline; text-underline-offset: 0.2em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: 2px; }

:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
main:focus { outline: none; }

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -10rem;
  z-index: 10;
  padding: 0.5rem 1rem;
  background: #fff;
  color: var(--link);
  font-weight: 700;
  border: 2px solid var(--focus);
}
.skip-link:focus { top: 0.5rem; }

.visually-hidden {
  position: absolute !important;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}

/* Header and navigation */
.site-header { background: var(--brand); color: #fff; }
/* Two rows by design: the title with the search and language toggle, then the navigation. A
   30-character title stays on one line from 1024 px up; only narrower screens stack more. */
.site-header .wrap {
  display: grid;
  grid-template-columns: minmax(0, 1fr) auto auto;
  grid-template-areas: "title search lang" "nav nav nav";
  align-items: center;
  gap: 0.25rem 1.5rem;
  padding-top: 0.75rem;
  padding-bottom: 0.5rem;
}
.site-title { grid-area: title; }
.site-nav { grid-area: nav; }
.site-search { grid-area: search; }
.lang-toggle { grid-area: lang; }
.site-header a, .site-header a:visited { color: #fff; }
.site-header :focus-visible { outline-color: #ffd24d; }
.site-title { margin: 0; font-size: 1.125rem; font-weight: 700; line-height: 1.5; }
.site-title a { text-decoration: none; }
.site-title a:hover { text-decoration: underline; }
.site-nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0; padding: 0; list-style: none; }
.site-nav a { text-decoration: none; }
.site-nav a:hover, .site-nav a[aria-current="page"] { text-decoration: underline; text-decoration-thickness: 2px; }
/* The language and elder-mode toggles (shown by assets/lang.js, assets/elder.js); white on the brand blue and back, both ≥ 8:1. */
.lang-toggle, .elder-toggle {
  min-height: 2rem;
  padding: 0.125rem 0.75rem;
  border: 1px solid #fff;
  border-radius: 0.25rem;
  background: transparent;
  color: #fff;
  font: inherit;
  font-size: 0.875rem;
  line-height: 1.5;
  cursor: pointer;
}
.lang-toggle:hover, .elder-toggle:hover { background: #fff; color: var(--brand); }
/* The header's search box: a plain GET form to search.html. */
.site-search { display: flex; gap: 0.25rem; width: 18rem; }
.site-search input { flex: 1 1 auto; min-width: 0; min-height: 2rem; padding: 0.125rem 0.5rem; border: 1px solid #fff; border-radius: 0.25rem; font: inherit; font-size: 0.875rem; }
.site-search button { min-height: 2rem; padding: 0.125rem 0.75rem; border: 1px solid #fff; border-radius: 0.25rem; background: #fff; color: var(--brand); font: inherit; font-size: 0.875rem; font-weight: 700; cursor: pointer; }
.site-search button:hover { background: var(--brand-soft); }

/* The search page */
.search-form label { display: block; font-weight: 700; }
.search-row { display: flex; gap: 0.5rem; max-width: 40rem; }
.search-row input { flex: 1 1 auto; min-width: 0; min-height: 2.75rem; padding: 0.25rem 0.75rem; border: 2px solid var(--muted); border-radius: 0.25rem; font: inherit; }
.search-row button { min-height: 2.75rem; padding: 0.25rem 1.25rem; border: 0; border-radius: 0.25rem; background: var(--brand); color: #fff; font: inherit; font-weight: 700; cursor: pointer; }
.hint { color: var(--muted); font-size: 0.875rem; }
.search-status { font-weight: 700; }
.search-results { padding-left: 1.75rem; }
.search-results li { margin: 0.75rem 0; }
.search-results h2 { margin: 0; padding: 0; border: 0; font-size: 1.0625rem; }
.result-meta { margin: 0.125rem 0 0; color: var(--muted); font-size: 0.875rem; overflow-wrap: anywhere; }

.breadcrumbs { margin-top: 1rem; font-size: 0.875rem; color: var(--muted); }
.breadcrumbs ol { display: flex; flex-wrap: wrap; margin: 0; padding: 0; list-style: none; }
.breadcrumbs li + li::before { content: "›"; margin: 0 0.5em; color: var(--muted); }

main { display: block; flex: 1 0 auto; width: 100%; padding-bottom: 3rem; }

/* Headings and text */
h1 { margin: 1rem 0 0.5rem; font-size: 1.75rem; line-height: 1.4; color: var(--brand); }
h2 {
  margin: 2.25rem 0 1rem;
  padding-bottom: 0.375rem;
  border-bottom: 2px solid var(--brand);
  font-size: 1.375rem;
  line-height: 1.4;
  scroll-margin-top: 1rem;
}
h3 { margin: 1.75rem 0 0.75rem; font-size: 1.125rem; line-height: 1.5; scroll-margin-top: 1rem; }
p { margin: 0.75rem 0; }
.lead { font-size: 1.0625rem; }
.prose { white-space: pre-line; }
.sub { display: block; color: var(--muted); font-size: 0.9375rem; }
cite { font-style: normal; font-weight: 700; }
blockquote { margin: 0.5rem 0 0; padding: 0.5rem 1rem; border-left: 4px solid var(--line); background: var(--soft); }
.code, .date { font-family: var(--mono); font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.url { overflow-wrap: anywhere; }
.date, .status { white-space: nowrap; }
.num { text-align: right; font-variant-numeric: tabular-nums; }

/* Badges: the word carries the meaning, the colour only helps */
.badge {
  display: inline-block;
  margin: 0 0.25rem 0.25rem 0;
  padding: 0 0.5rem;
  border: 1px solid transparent;
  border-radius: 0.25rem;
  font-size: 0.875rem;
  line-height: 1.6;
  white-space: nowrap;
  vertical-align: 0.1em;
}
.badge-type, .badge-level { background: var(--brand-soft); color: ${PALETTE.brandInk}; border-color: ${PALETTE.brandEdge}; }
.badge-abolished, .badge-risk-high { background: ${RISK_COLOURS.high.soft}; color: ${RISK_COLOURS.high.ink}; border-color: ${RISK_COLOURS.high.edge}; }
.badge-suspended, .badge-risk-medium { background: ${RISK_COLOURS.medium.soft}; color: ${RISK_COLOURS.medium.ink}; border-color: ${RISK_COLOURS.medium.edge}; }
.badge-risk-low { background: ${RISK_COLOURS.low.soft}; color: ${RISK_COLOURS.low.ink}; border-color: ${RISK_COLOURS.low.edge}; }
.badge-withheld { background: #ececec; color: #333; border-color: #bbb; }

.power-meta { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.25rem 0.75rem; margin: 0 0 1rem; }
.power-meta .badge { margin: 0; }
.code-label { color: var(--muted); font-size: 0.875rem; margin-right: -0.5rem; }

/* Notices */
.notice { margin: 1.25rem 0; padding: 0.75rem 1.25rem; border-left: 6px solid; border-radius: 0.25rem; }
.notice h2 { margin: 0.25rem 0 0.5rem; padding: 0; border: 0; font-size: 1.25rem; }
.notice-abolished { background: #fdf0f0; border-color: #b42318; }
.notice-abolished h2 { color: #8a1c1c; }
.notice-suspended { background: #fff8e6; border-color: #b7791f; }
.notice-withheld, .notice-partial { background: var(--soft); border-color: #6b7280; }
.notice dl, .exception { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0; }
.notice dt, .exception dt { font-weight: 700; }
.notice dd, .exception dd { margin: 0; }

/* Table of contents */
.toc { margin: 1.25rem 0; padding: 0.5rem 1rem; background: var(--soft); border-radius: 0.25rem; }
.toc-title { margin: 0.25rem 0; font-weight: 700; }
.toc ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.25rem 0; padding: 0; list-style: none; }

/* Tables */
table { width: 100%; border-collapse: collapse; margin: 0.75rem 0; }
th, td { padding: 0.5rem 0.75rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: var(--brand-soft); font-weight: 700; white-space: nowrap; }
tbody th { font-weight: 400; }
tfoot th, tfoot td { font-weight: 700; background: var(--soft); }
.fields th { width: 9rem; background: var(--soft); font-weight: 700; white-space: nowrap; }
.col-code { width: 11rem; }
.col-stage { width: 7rem; }
.counts { max-width: 40rem; }
.counts th.indent { padding-left: 1.75rem; }

/* Lists */
.basis, .accountability { padding-left: 1.75rem; }
.basis > li, .accountability > li { margin: 0.75rem 0; }
.basis-head { margin: 0; }
.article { color: var(--text); }
.downloads li { margin: 0.375rem 0; }
.downloads .file { font-family: var(--mono); font-size: 0.875rem; }

.risks { margin: 0.75rem 0; padding: 0; list-style: none; display: grid; gap: 1rem; }
.risk { padding: 0.75rem 1rem; border: 1px solid var(--line); border-left-width: 6px; border-radius: 0.25rem; }
.risk-high { border-left-color: ${RISK_COLOURS.high.bar}; }
.risk-medium { border-left-color: ${RISK_COLOURS.medium.bar}; }
.risk-low { border-left-color: ${RISK_COLOURS.low.bar}; }
.risk-head { margin: 0 0 0.5rem; font-weight: 700; }
.risk dl { margin: 0; }
.risk dt { font-weight: 700; margin-top: 0.5rem; }
.risk dd { margin: 0; }
.risk dd ul { margin: 0.25rem 0; padding-left: 1.25rem; }

/* Flowcharts */
.chart { margin: 1.5rem 0; padding: 1rem; border: 1px solid var(--line); border-radius: 0.25rem; }
.chart figcaption { margin-bottom: 0.75rem; font-weight: 700; font-size: 1.0625rem; }
/* A chart at its own size, smaller when the column is narrower, but never with labels under
   12 px (--fc-min-width, which each chart carries): below that its box scrolls sideways, and the
   link under it opens the chart alone. */
.chart-image { overflow-x: auto; }
.chart-image svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
@media screen { .chart-image svg { min-width: var(--fc-min-width, 0); } }
.chart-open { margin: 0.5rem 0 0; font-size: 0.875rem; }
.chart-text { margin-top: 0.75rem; }
.chart-text summary { cursor: pointer; color: var(--link); }
.chart-steps { margin: 0.5rem 0 0; padding-left: 1.75rem; }
.chart-steps li { margin: 0.25rem 0; }

/* Footer */
.site-footer { margin-top: 2rem; padding: 1.25rem 0 2rem; border-top: 4px solid var(--brand); background: var(--soft); color: #363c44; font-size: 0.875rem; }
.site-footer a, .site-footer a:visited { color: #0a4c8f; }
.footer-text { margin: 0 0 0.5rem; }
.site-ids { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; padding: 0; list-style: none; }
.site-ids .label { color: var(--muted); }
/* A phone number never breaks across lines. */
.tel { white-space: nowrap; }

/* Power page, format version 2: service guide, basis by role, handling items, change history.
   A block of its own (kept apart from the flowchart and layout rules). */
.line { display: block; }
.conditions, .special-procedures { padding-left: 1.75rem; }
.conditions > li, .special-procedures > li { margin: 0.375rem 0; }
.block .withheld-fields { padding: 0.5rem 0.75rem; background: var(--soft); border-left: 4px solid #6b7280; }
.history { margin: 0.75rem 0 0.75rem 0.5rem; padding: 0 0 0 1.25rem; list-style: none; border-left: 3px solid var(--line); }
.history > li { position: relative; margin: 0 0 1rem; }
.history > li::before { content: ""; position: absolute; left: calc(-1.25rem - 8px); top: 0.6em; width: 13px; height: 13px; border-radius: 50%; background: var(--brand); }
.history-head { margin: 0; font-weight: 700; }
.badge-history { background: var(--brand-soft); color: #0a3f6e; border-color: #b7cde3; }
@media (max-width: 40rem) {
  .stack td.num { text-align: left; }
}
@media print {
  .history > li, .conditions > li { break-inside: avoid; page-break-inside: avoid; }
  .history > li::before { background: #000; }
  .block .withheld-fields { background: none; border-left-color: #000; }
}

/* Narrow screens */
@media (max-width: 40rem) {
  .site-header .wrap { grid-template-columns: minmax(0, 1fr) auto; grid-template-areas: "title lang" "search search" "nav nav"; }
  .site-search { width: auto; }
  h1 { font-size: 1.5rem; }
  h2 { font-size: 1.25rem; }
  th, td { padding: 0.375rem 0.5rem; }
  thead th { white-space: normal; }
  .fields, .fields tbody, .fields tr, .fields th, .fields td { display: block; width: auto; }
  .fields tr { border: 1px solid var(--line); border-bottom: 0; }
  .fields tr:last-child { border-bottom: 1px solid var(--line); }
  .fields th, .fields td { border: 0; }
  .fields th { padding-bottom: 0.125rem; white-space: normal; }
  .fields td { padding-top: 0.125rem; }
  .stack, .stack tbody, .stack th, .stack td { display: block; width: auto; }
  .stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  .stack tr { display: flex; flex-direction: column; margin-bottom: 0.75rem; border: 1px solid var(--line); }
  .stack th, .stack td { border: 0; padding: 0.375rem 0.75rem; }
  .stack tbody th { order: -1; background: var(--brand-soft); font-weight: 700; }
  .stack td::before { content: attr(data-label); display: block; font-weight: 700; color: var(--muted); font-size: 0.875rem; }
  .stack td:empty { display: none; }
  .notice dl, .exception { grid-template-columns: 1fr; }
  .notice dd, .exception dd { margin-bottom: 0.5rem; }
  .chart { padding: 0.75rem 0.5rem; }
}

/* Print: a power page becomes an A4 document */
@page { size: A4; margin: 18mm 16mm 20mm; }

@media print {
  html { font-size: 10.5pt; }
  body { display: block; min-height: 0; line-height: 1.6; color: #000; background: #fff; }
  .wrap { max-width: none; padding: 0; }
  .skip-link, .site-nav, .site-search, .search-form, .lang-toggle, .breadcrumbs, .toc, details.chart-text, .chart-open, .notice-abolished p:last-child { display: none; }
  .site-header { background: none; color: #000; border-bottom: 1pt solid #000; }
  .site-header .wrap { display: block; padding: 0 0 2mm; }
  .site-header a, .site-header a:visited { color: #000; }
  .site-title { font-size: 9pt; font-weight: 400; }
  a, a:visited { color: #000; text-decoration: none; }
  main a[href^="http"]:not(.url)::after { content: "（" attr(href) "）"; font-size: 0.85em; overflow-wrap: anywhere; }
  h1 { color: #000; font-size: 18pt; margin-top: 4mm; }
  h2 { border-bottom-color: #000; font-size: 13pt; margin-top: 6mm; }
  h1, h2, h3, .risk-head, figcaption { break-after: avoid; page-break-after: avoid; }
  figure, .risk, tr, blockquote, .notice, .basis > li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .chart-image { overflow: visible; }
  th, td { border-color: #777; }
  thead th, .fields th, tfoot th, tfoot td, .stack tbody th { background: none; }
  .badge { background: none; color: #000; border-color: #000; }
  .notice { background: none; border: 1pt solid #000; border-left-width: 4pt; }
  .notice h2 { color: #000; }
  .chart { border: 0; padding: 0; }
  .chart-image svg { max-height: 235mm; }
  .site-footer { margin-top: 8mm; padding: 2mm 0 0; background: none; border-top: 1pt solid #000; color: #000; font-size: 8pt; }
  .site-footer a, .site-footer a:visited, .site-ids .label { color: #000; }
}

/* Flowcharts (flowchart/chart-style.ts) */
${FLOWCHART_CSS}

${REACH_CSS}`;
