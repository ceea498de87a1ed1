import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { displayWidth } from '../../util/display-width.js';
import { summaryLine } from './summary.js';
import { SEVERITY_LABEL } from '../../core/diagnostic.js';
import { type Formatter } from './types.js';

const CONTEXT_LINES = 2;

/** Each finding with the lines around it and a caret under the node (Redocly's code frames), CJK-width aware. */
export const codeframe: Formatter = ({ diagnostics, summary }, { lang, color, sources }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const blocks = diagnostics.map((d) => {
    const paint = d.severity === 'error' ? c.red : c.yellow;
    const head = `${paint(SEVERITY_LABEL[lang][d.severity])}  ${d.message}  ${c.dim(d.rule)}\n${c.underline(`${d.file}:${d.line}:${d.column}`)}`;
    const text = sources.get(d.file);
    const related = d.related.map((r) => `  ${c.dim(`↳ ${r.file}:${r.line}:${r.column} ${r.message}`)}`);
    return [head, ...(text === undefined ? [] : ['', frame(text, d, c)]), ...related].join('\n');
  });
  return [...blocks, summaryLine(summary, lang, c)].join('\n\n') + '\n';
};

function frame(text: string, d: Diagnostic, c: InstanceType<typeof Chalk>): string {
  const lines = text.split(/\r?\n/);
  const first = Math.max(1, d.line - CONTEXT_LINES);
  const last = Math.min(lines.length, d.line + CONTEXT_LINES);
  const gutter = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const marker = n === d.line ? c.red('>') : ' ';
    out.push(`${marker} ${c.dim(`${String(n).padStart(gutter)} |`)}${line ? ' ' + line : ''}`);
    if (n === d.line) {
      const before = displayWidth(line.slice(0, d.column - 1));
      const endColumn = d.endLine === d.line ? d.endColumn : line.length + 1;
      const width = Math.max(1, displayWidth(line.slice(d.column - 1, endColumn - 1)));
      out.push(`  ${c.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(before)}${c.red('^'.repeat(width))}`);
    }
  }
  return out.join('\n');
}
