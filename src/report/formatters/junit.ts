import { compareDiagnostics, type Diagnostic } from '../../core/diagnostic.js';
import { compareStrings } from '../../core/compare.js';
import { type Lang } from '../../core/messages.js';
import type { Formatter } from './types.js';

/*
 * JUnit XML for GitLab's and Jenkins's test reports: a <testsuite> per file that has findings
 * (sorted by path), a <testcase> per rule in that file, failing with every finding of the rule
 * there as `line:col message` lines (related locations indented under their finding).
 * A report with no findings is one passing testcase named "powercat lint", so the test report
 * shows a pass rather than "no tests". No timestamps or durations: the same findings give the
 * same bytes.
 */

export const PASSING_TESTCASE = 'powercat lint';

const MORE = {
  'zh-CN': (n: number) => `（另有 ${n} 处）`,
  en: (n: number) => ` (and ${n} more)`,
} as const;

export const junit: Formatter = ({ diagnostics }, { lang }) => {
  const files = groupBy(diagnostics, (d) => d.file);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (files.size === 0) {
    out.push(
      '<testsuites name="powercat" tests="1" failures="0" errors="0">',
      '  <testsuite name="powercat" tests="1" failures="0" errors="0" skipped="0">',
      `    <testcase classname="powercat" name="${PASSING_TESTCASE}"/>`,
      '  </testsuite>',
      '</testsuites>',
    );
    return out.join('\n') + '\n';
  }
  const suites = [...files].sort(([a], [b]) => compareStrings(a, b)).map(([file, found]) => ({ file, cases: [...groupBy(found, (d) => d.rule)].sort(([a], [b]) => compareStrings(a, b)) }));
  const total = suites.reduce((n, s) => n + s.cases.length, 0);
  out.push(`<testsuites name="powercat" tests="${total}" failures="${total}" errors="0">`);
  for (const { file, cases } of suites) {
    const name = attr(file);
    out.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${cases.length}" errors="0" skipped="0">`);
    for (const [rule, found] of cases) {
      found.sort(compareDiagnostics);
      out.push(`    <testcase classname="${name}" name="${attr(rule)}" file="${name}">`);
      out.push(`      <failure message="${attr(failureMessage(found, lang))}" type="${severityOf(found)}">${text(failureText(found))}</failure>`);
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

function groupBy<K>(diagnostics: readonly Diagnostic[], key: (d: Diagnostic) => K): Map<K, Diagnostic[]> {
  const groups = new Map<K, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(key(d));
    if (group) group.push(d);
    else groups.set(key(d), [d]);
  }
  return groups;
}

function severityOf(found: readonly Diagnostic[]): 'error' | 'warning' {
  return found.some((d) => d.severity === 'error') ? 'error' : 'warning';
}

function failureMessage(found: readonly Diagnostic[], lang: Lang): string {
  const first = found[0]!.message;
  return found.length === 1 ? first : first + MORE[lang](found.length - 1);
}

function failureText(found: readonly Diagnostic[]): string {
  const lines: string[] = [];
  for (const d of found) {
    lines.push(`${d.line}:${d.column} ${d.message}`);
    for (const r of d.related) lines.push(`  ↳ ${r.file}:${r.line}:${r.column} ${r.message}`);
  }
  return lines.join('\n');
}

/** Characters XML 1.0 cannot carry at all, even escaped (C0 controls, lone surrogates, U+FFFE/F). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Element text: the five markup characters escaped (so `]]>` cannot occur either), characters
 * XML cannot carry replaced by U+FFFD, and CR kept as a reference (a parser would drop it).
 */
export function text(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;');
}

/** Attribute values: as text, plus the line breaks and tabs that a parser would turn into spaces. */
export function attr(s: string): string {
  return text(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
