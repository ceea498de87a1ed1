import { Chalk } from 'chalk';
import type { Diagnostic } from '../../core/diagnostic.js';
import { displayWidth } from '../../util/display-width.js';
import { pathAtLineStart, visible } from '../terminal-text.js';
import { summaryLine } from './summary.js';
import { SEVERITY_LABEL } from '../../core/diagnostic.js';
import { DEFAULT_WIDTH, type Formatter } from './types.js';

const CONTEXT_LINES = 2;
/** A source line wider than this (in columns) is shown as a window around the finding. */
const MIN_FRAME_WIDTH = 40;

/**
 * Each finding with the lines around it and a caret under the node (Redocly's code frames),
 * CJK-width aware. Source lines are shown through `visible` like every other catalogue text.
 */
export const codeframe: Formatter = ({ diagnostics, summary }, { lang, color, sources, width = DEFAULT_WIDTH }) => {
  const c = new Chalk({ level: color ? 1 : 0 });
  const linesOf = new Map<string, string[]>();
  const blocks = diagnostics.map((d) => {
    const paint = d.severity === 'error' ? c.red : c.yellow;
    const head = `${paint(SEVERITY_LABEL[lang][d.severity])}  ${visible(d.message)}  ${c.dim(visible(d.rule))}\n${c.underline(`${pathAtLineStart(d.file)}:${d.line}:${d.column}`)}`;
    const text = sources.get(d.file);
    let lines = linesOf.get(d.file);
    if (lines === undefined && text !== undefined) {
      lines = text.split(/\r\n|\r|\n/); // once per file, not per finding
      linesOf.set(d.file, lines);
    }
    const related = d.related.map((r) => `  ${c.dim(`↳ ${visible(r.file)}:${r.line}:${r.column} ${visible(r.message)}`)}`);
    return [head, ...(lines === undefined ? [] : ['', frame(lines, d, c, width)]), ...related].join('\n');
  });
  return [...blocks, summaryLine(summary, lang, c)].join('\n\n') + '\n';
};

function frame(lines: readonly string[], d: Diagnostic, c: InstanceType<typeof Chalk>, width: number): string {
  const first = Math.max(1, d.line - CONTEXT_LINES);
  const last = Math.min(lines.length, d.line + CONTEXT_LINES);
  const gutter = String(last).length;
  const room = Math.max(MIN_FRAME_WIDTH, width - gutter - 5);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const raw = (lines[n - 1] ?? '').replace(/\t/g, ' ');
    const from = n === d.line ? d.column - 1 : 0;
    const to = n === d.line && d.endLine === d.line ? d.endColumn - 1 : raw.length;
    const { shown, caretAt, caretWidth } = clip(raw, from, to, room);
    const marker = n === d.line ? c.red('>') : ' ';
    out.push(`${marker} ${c.dim(`${String(n).padStart(gutter)} |`)}${shown ? ' ' + shown : ''}`);
    if (n === d.line) out.push(`  ${c.dim(`${' '.repeat(gutter)} |`)} ${' '.repeat(caretAt)}${c.red('^'.repeat(caretWidth))}`);
  }
  return out.join('\n');
}

/**
 * The line as shown, and where the caret goes under it: the whole line when it fits in `room`
 * columns, otherwise a window that starts a little before the node, cut with `…` at either end.
 * Only the window is measured, so a finding on a line of megabytes costs no more than any other.
 */
function clip(line: string, from: number, to: number, room: number): { shown: string; caretAt: number; caretWidth: number } {
  const fits = line.length <= room && displayWidth(visible(line)) <= room;
  const start = fits ? 0 : Math.max(0, Math.min(from, line.length) - Math.floor(room / 4));
  const lead = start > 0 ? '…' : '';
  const caretAt = displayWidth(lead + visible(line.slice(start, from)));
  const caretWidth = Math.max(1, displayWidth(visible(line.slice(from, Math.min(Math.max(from, to), from + room)))));
  if (fits) return { shown: visible(line), caretAt, caretWidth };
  const window = lead + visible(line.slice(start, start + room + 1));
  const shown = displayWidth(window) > room ? cutTo(window, room) + '…' : window;
  return { shown, caretAt, caretWidth: Math.min(caretWidth, Math.max(1, displayWidth(shown) - caretAt)) };
}

/** The longest prefix of `text` that takes at most `columns` columns. */
function cutTo(text: string, columns: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    used += displayWidth(char);
    if (used > columns) break;
    end += char.length;
  }
  return text.slice(0, end);
}
