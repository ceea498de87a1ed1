import type { Lang } from '../../core/messages.js';
import { isEmpty, type Comparison } from '../result.js';
import { CATEGORY_ORDER, codeNote, codesOf, heading, type DiffContext } from './context.js';
import { detailLines } from './lines.js';
import { CATEGORY, say, WORDS } from './words.js';

/*
 * A pull-request comment: a summary table, the burden changes in the open (what a reviewer must
 * weigh), then each category in a <details> block. Catalogue text is escaped for GitHub
 * Markdown — no HTML, links, emphasis, tables cells broken by `|`, or @-mentions can come from it.
 */

/** Markdown and HTML punctuation written as character references, line breaks as spaces. */
export function markdownText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\\`*_[\]<>&|~#@]/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function diffMarkdown(comparison: Comparison, context: DiffContext): string {
  const { lang } = context;
  const out: string[] = [`### powercat diff: ${markdownText(say(context.old, lang))} → ${markdownText(say(context.next, lang))}`, ''];
  if (context.publicOnly) out.push(`_${say(WORDS.publicOnly, lang)}_`, '');
  if (isEmpty(comparison)) return `${out.join('\n')}${say(WORDS.none, lang)}\n`;
  out.push(`| ${say(WORDS.change, lang)} | ${say(WORDS.count, lang)} |`, '| --- | ---: |');
  for (const category of CATEGORY_ORDER) {
    const count = codesOf(comparison, category).length;
    if (count > 0) out.push(`| ${category === 'burdenUp' ? '⚠️ ' : ''}${say(CATEGORY[category], lang)} | ${count} |`);
  }
  out.push('');
  for (const category of CATEGORY_ORDER) {
    const codes = codesOf(comparison, category);
    if (codes.length === 0) continue;
    const items = codes.flatMap((code) => codeItem(comparison, category, code, lang));
    if (category === 'burdenUp' || category === 'burdenDown') out.push(`**${heading(category, codes.length, lang)}**`, '', ...items, '');
    else out.push(`<details><summary>${heading(category, codes.length, lang)}</summary>`, '', ...items, '', '</details>', '');
  }
  return `${out.join('\n')}`;
}

function codeItem(comparison: Comparison, category: (typeof CATEGORY_ORDER)[number], code: string, lang: Lang): string[] {
  const detail = comparison.details[code];
  const head = `- **${markdownText(code)}** ${markdownText(detail?.name ?? '')}${markdownText(codeNote(comparison, category, code, lang))}`;
  if (category !== 'changed' || !detail) return [head];
  return [head, ...detailLines(detail, lang).map((line) => `  - ${markdownText(line)}`)];
}
