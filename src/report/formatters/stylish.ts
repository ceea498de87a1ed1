import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { displayWidth, padEnd } from '../../util/display-width.js';
import { pathAtLineStart, visible, wrap } from '../terminal-text.js';
import { summaryLine } from './summary.js';
import { SEVERITY_LABEL } from '../../core/diagnostic.js';
import { DEFAULT_WIDTH, type Formatter } from './types.js';

/** Below this many columns a message is wrapped no narrower: the line overflows instead. */
const MIN_MESSAGE_WIDTH = 20;

/**
 * Grouped by file, `line:col severity message rule`, then a summary line (ESLint's layout). The
 * message column is as wide as the file's longest message or as what fits beside the rule ids,
 * whichever is less; longer messages wrap under their column, the rule id stays on the first line.
 */
export const stylish: Formatter = ({ diagnostics, summary }, { lang, color, width = DEFAULT_WIDTH }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  for (const [file, group] of groupByFile(diagnostics)) {
    out.push(c.underline(pathAtLineStart(file)));
    const rows = group.map((d) => ({
      d,
      where: `${d.line}:${d.column}`,
      severity: SEVERITY_LABEL[lang][d.severity],
      message: visible(d.message),
      rule: visible(d.rule),
    }));
    const whereWidth = widest(rows, (r) => r.where.length);
    const severityWidth = widest(rows, (r) => displayWidth(r.severity));
    const ruleWidth = widest(rows, (r) => displayWidth(r.rule));
    const indent = 2 + whereWidth + 2 + severityWidth + 2;
    const fits = Math.max(MIN_MESSAGE_WIDTH, width - indent - 2 - ruleWidth);
    const messageWidth = Math.min(widest(rows, (r) => displayWidth(r.message)), fits);
    for (const { d, where, severity, message, rule } of rows) {
      const paint = d.severity === 'error' ? c.red : c.yellow;
      const [first, ...rest] = wrap(message, messageWidth);
      out.push(`  ${c.dim(where.padStart(whereWidth))}  ${paint(padEnd(severity, severityWidth))}  ${padEnd(first!, messageWidth)}  ${c.dim(rule)}`);
      for (const line of rest) out.push(' '.repeat(indent) + line);
      const relatedIndent = 2 + whereWidth + 2;
      for (const r of d.related) {
        const [head, ...more] = wrap(`${visible(r.file)}:${r.line}:${r.column} ${visible(r.message)}`, Math.max(MIN_MESSAGE_WIDTH, width - relatedIndent - 2));
        out.push(`${' '.repeat(relatedIndent)}${c.dim(`↳ ${head}`)}`);
        for (const line of more) out.push(`${' '.repeat(relatedIndent + 2)}${c.dim(line)}`);
      }
    }
    out.push('');
  }
  out.push(summaryLine(summary, lang, c));
  return out.join('\n') + '\n';
};

function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** The largest measure of the rows (no spread: a file may have 100,000 findings). */
function widest<T>(rows: readonly T[], measure: (row: T) => number): number {
  let most = 0;
  for (const row of rows) most = Math.max(most, measure(row));
  return most;
}
