import type { Lang, Words } from '../core/messages.js';
import { POWER_FIELDS } from '../format/power-fields.js';
import { EXERCISE_LEVEL, termOf } from '../format/vocabulary.js';
import { CHANGED_FIELD_LABEL } from '../upstream/compare.js';
import { COVERAGE_LABEL as L } from '../upstream/coverage-labels.js';
import type { Coverage, ItemRef, ListCoverage } from '../upstream/coverage.js';
import { displayWidth, padEnd } from '../util/display-width.js';
import { visible } from './terminal-text.js';

/*
 * `powercat upstream`: the coverage report in three formats. Pure functions of the coverage.
 * Catalogue text is shown, never obeyed: `visible` in text, escaped in Markdown, JSON by its syntax.
 */

export const COVERAGE_FORMATS = ['text', 'markdown', 'json'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** Version of the JSON shape (docs/upstream.md documents it). */
export const COVERAGE_JSON_VERSION = 1;

export function formatCoverage(coverage: Coverage, format: CoverageFormat, lang: Lang): string {
  if (format === 'json') return `${JSON.stringify({ version: COVERAGE_JSON_VERSION, ...coverage }, null, 2)}\n`;
  return format === 'markdown' ? markdown(coverage, lang) : text(coverage, lang);
}

type Row = { label: Words; value: number; depth: number };

function counts(list: ListCoverage): Row[] {
  const rows: Row[] = [
    { label: L.upstreamItems, value: list.items, depth: 0 },
    { label: L.meantForLevel, value: list.meantForLevel, depth: 0 },
    { label: L.implemented, value: list.implemented, depth: 1 },
    { label: L.notApplicable, value: list.notApplicable.length, depth: 1 },
    { label: L.missing, value: list.missing.length, depth: 1 },
    { label: L.linked, value: list.linked, depth: 0 },
    { label: L.conform, value: list.conform, depth: 1 },
    { label: L.differ, value: list.differ.length, depth: 1 },
    { label: L.unknown, value: list.unknown.length, depth: 0 },
  ];
  if (list.changed) rows.push({ label: L.changed, value: list.changed.length, depth: 0 });
  return rows;
}

function totals(coverage: Coverage): Row[] {
  return [
    { label: L.powers, value: coverage.powers, depth: 0 },
    { label: L.linked, value: coverage.linked, depth: 1 },
    { label: L.unknown, value: coverage.broken.length, depth: 1 },
    { label: L.localOnly, value: coverage.localOnly.length, depth: 1 },
  ];
}

const say = (words: Words, lang: Lang) => (lang === 'en' ? words.en : words.zh);
const colon = (lang: Lang) => (lang === 'en' ? ': ' : '：');
const paren = (text: string, lang: Lang) => (lang === 'en' ? ` (${text})` : `（${text}）`);
const join = (words: readonly Words[], lang: Lang) => words.map((w) => say(w, lang)).join(lang === 'en' ? ', ' : '、');

function heading(coverage: Coverage, lang: Lang): string {
  const level = termOf(EXERCISE_LEVEL, coverage.catalogue.level);
  const about = level ? (lang === 'en' ? ` (${POWER_FIELDS.level.en.toLowerCase()}: ${level.en.toLowerCase()})` : `（${POWER_FIELDS.level.zh}：${level.zh}）`) : '';
  return `${coverage.catalogue.name} · ${say(L.title, lang)}${about}`;
}

function listTitle(list: ListCoverage, lang: Lang, quote: (text: string) => string): string {
  const name = lang === 'en' ? ` "${quote(list.name)}"` : `「${quote(list.name)}」`;
  return `${say(L.list, lang)}${name}${list.source === undefined ? '' : paren(quote(list.source), lang)}`;
}

interface Detail {
  label: Words;
  items: readonly (ItemRef & { note?: string })[];
}

function details(list: ListCoverage, lang: Lang): Detail[] {
  const fields = (names: readonly (keyof typeof CHANGED_FIELD_LABEL)[]) => join(names.map((f) => CHANGED_FIELD_LABEL[f]), lang);
  const upstream = (code: string) => paren(lang === 'en' ? `upstream ${code}` : `上级事项 ${code}`, lang);
  return [
    { label: L.notApplicable, items: list.notApplicable.map((i) => ({ ...i, note: `${say(L.reason, lang)}${colon(lang)}${i.reason}` })) },
    { label: L.missing, items: list.missing },
    { label: L.differ, items: list.differ.map((i) => ({ ...i, note: `${fields(i.fields)}${upstream(i.upstreamCode)}` })) },
    { label: L.unknown, items: list.unknown },
    { label: L.changed, items: (list.changed ?? []).map((i) => ({ ...i, note: `${fields(i.fields)}${upstream(i.upstreamCode)}` })) },
  ].filter((d) => d.items.length > 0);
}

function text(coverage: Coverage, lang: Lang): string {
  const all = [...coverage.lists.flatMap(counts), ...totals(coverage)];
  const label = (r: Row) => `${'  '.repeat(r.depth + 1)}${say(r.label, lang)}`;
  const width = Math.max(...all.map((r) => displayWidth(label(r)))) + 2;
  const digits = Math.max(...all.map((r) => String(r.value).length));
  const rows = (list: readonly Row[]) => list.map((r) => `${padEnd(label(r), width)}${String(r.value).padStart(digits)}`);
  const out = [visible(heading(coverage, lang)), ''];
  for (const list of coverage.lists) {
    out.push(listTitle(list, lang, visible));
    if (list.problem) out.push(`  ${say(L.unusable, lang)}`);
    else {
      out.push(...rows(counts(list)));
      for (const detail of details(list, lang)) {
        out.push(`  ${say(detail.label, lang)}${colon(lang).trimEnd()}`);
        for (const item of detail.items) out.push(`  - ${visible(item.code)}  ${visible(item.name)}${item.note ? ` — ${visible(item.note)}` : ''}`);
      }
    }
    out.push('');
  }
  out.push(...rows(totals(coverage)), '');
  return out.join('\n');
}

/** Catalogue text inside Markdown: shown as written, never as markup. */
const md = (value: string) => visible(value).replace(/[\\`*_[\]<>|#~]/g, '\\$&');

function markdown(coverage: Coverage, lang: Lang): string {
  const table = (list: readonly Row[]) => [
    `| ${say(L.category, lang)} | ${say(L.count, lang)} |`,
    '|---|---:|',
    ...list.map((r) => `| ${'&emsp;'.repeat(r.depth)}${say(r.label, lang)} | ${r.value} |`),
  ];
  const out = [`# ${md(heading(coverage, lang))}`, ''];
  for (const list of coverage.lists) {
    out.push(`## ${listTitle(list, lang, md)}`, '');
    if (list.problem) {
      out.push(say(L.unusable, lang), '');
      continue;
    }
    out.push(...table(counts(list)), '');
    for (const detail of details(list, lang)) {
      out.push(`### ${say(detail.label, lang)}`, '', `| ${say(POWER_FIELDS.code, lang)} | ${say(POWER_FIELDS.name, lang)} | ${say(L.note, lang)} |`, '|---|---|---|');
      for (const item of detail.items) out.push(`| ${md(item.code)} | ${md(item.name)} | ${md(item.note ?? '')} |`);
      out.push('');
    }
  }
  out.push(`## ${say(L.localItems, lang)}`, '', ...table(totals(coverage)), '');
  return out.join('\n');
}
