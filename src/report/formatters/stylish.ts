import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { displayWidth, padEnd } from '../../util/display-width.js';
import { summaryLine } from './summary.js';
import { SEVERITY_LABEL } from '../../core/diagnostic.js';
import { type Formatter } from './types.js';

/** Grouped by file, `line:col severity message rule`, then a summary line (ESLint's layout). */
export const stylish: Formatter = ({ diagnostics, summary }, { lang, color }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    out.push(c.underline(file));
    const rows = group.map((d) => ({
      d,
      where: `${d.line}:${d.column}`,
      severity: SEVERITY_LABEL[lang][d.severity],
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => displayWidth(r.severity)));
    const messageWidth = Math.max(...rows.map((r) => displayWidth(r.d.message)));
    for (const { d, where, severity } of rows) {
      const paint = d.severity === 'error' ? c.red : c.yellow;
      out.push(
        `  ${c.dim(where.padStart(whereWidth))}  ${paint(padEnd(severity, severityWidth))}  ${padEnd(d.message, messageWidth)}  ${c.dim(d.rule)}`,
      );
      for (const r of d.related) out.push(`  ${' '.repeat(whereWidth)}  ${c.dim(`↳ ${r.file}:${r.line}:${r.column} ${r.message}`)}`);
    }
    out.push('');
  }
  out.push(summaryLine(summary, lang, c));
  return out.join('\n') + '\n';
};

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) groups.set(d.file, [...(groups.get(d.file) ?? []), d]);
  return groups;
}
