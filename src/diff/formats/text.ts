import { Chalk } from 'chalk';
import { visible } from '../../report/terminal-text.js';
import { isEmpty, type Comparison } from '../result.js';
import { CATEGORY_ORDER, codeNote, codesOf, heading, type DiffContext } from './context.js';
import { detailLines } from './lines.js';
import { say, WORDS } from './words.js';
import type { Category } from './words.js';

/*
 * The terminal report: a heading per category with one line per code (burden first), each
 * changed power's values under it, a total last. Catalogue text goes through `visible`, and
 * every line starts with powercat's own marker or indentation, never with catalogue text.
 */

const MARKER: Record<Category, string> = { burdenUp: '▲', burdenDown: '▼', added: '+', removed: '-', abolished: '×', superseded: '→', changed: '~' };

export function diffText(comparison: Comparison, context: DiffContext, color: boolean): string {
  const { lang } = context;
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint: Record<Category, (s: string) => string> = {
    burdenUp: c.red,
    burdenDown: c.green,
    added: c.green,
    removed: c.red,
    abolished: c.yellow,
    superseded: c.cyan,
    changed: c.blue,
  };
  const out: string[] = [c.bold(`powercat diff: ${visible(say(context.old, lang))} → ${visible(say(context.next, lang))}`)];
  if (context.publicOnly) out.push(c.dim(`(${say(WORDS.publicOnly, lang)})`));
  out.push('');
  if (isEmpty(comparison)) return `${out.join('\n')}${say(WORDS.none, lang)}\n`;
  const totals: string[] = [];
  for (const category of CATEGORY_ORDER) {
    const codes = codesOf(comparison, category);
    if (codes.length === 0) continue;
    totals.push(heading(category, codes.length, lang));
    out.push(paint[category](c.bold(heading(category, codes.length, lang))));
    for (const code of codes) {
      const detail = comparison.details[code];
      out.push(`  ${paint[category](MARKER[category])} ${visible(code)} ${visible(detail?.name ?? '')}${visible(codeNote(comparison, category, code, lang))}`);
      if (category === 'changed' && detail) for (const line of detailLines(detail, lang)) out.push(`      ${c.dim('·')} ${visible(line)}`);
    }
    out.push('');
  }
  out.push(`${say(WORDS.total, lang)}${lang === 'en' ? ': ' : '：'}${totals.join(lang === 'en' ? ', ' : '，')}`);
  return `${out.join('\n')}\n`;
}
