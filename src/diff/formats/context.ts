import type { Lang, Words } from '../../core/messages.js';
import type { BurdenField, Comparison } from '../result.js';
import { actionLabel, burdenLabel, CATEGORY, type Category, say, WORDS } from './words.js';

/** What every format is told besides the comparison. */
export interface DiffContext {
  lang: Lang;
  old: Words;
  next: Words;
  publicOnly: boolean;
}

/** The categories in the order the reports give them: burden first (the point of the review), then FORMAT §5's order. */
export const CATEGORY_ORDER: readonly Category[] = ['burdenUp', 'burdenDown', 'added', 'removed', 'abolished', 'superseded', 'changed'];

export function codesOf(comparison: Comparison, category: Category): string[] {
  switch (category) {
    case 'burdenUp':
      return Object.keys(comparison.burden.up);
    case 'burdenDown':
      return Object.keys(comparison.burden.down);
    case 'superseded':
      return Object.keys(comparison.superseded);
    case 'changed':
      return Object.keys(comparison.changed);
    default:
      return comparison[category];
  }
}

/** The heading of a category with its count: `加重负担（2 项）` / `Burden up (2)`. */
export function heading(category: Category, count: number, lang: Lang): string {
  return lang === 'en' ? `${CATEGORY[category].en} (${count})` : `${CATEGORY[category].zh}（${count} 项）`;
}

export const burdenFields = (fields: readonly BurdenField[], lang: Lang) => fields.map((f) => say(burdenLabel(f), lang)).join(lang === 'en' ? ', ' : '、');

/** What follows a code and its name on its line, per category. */
export function codeNote(comparison: Comparison, category: Category, code: string, lang: Lang): string {
  const detail = comparison.details[code];
  const list = (codes: readonly string[]) => codes.join(lang === 'en' ? ', ' : '、');
  switch (category) {
    case 'burdenUp':
      return `${lang === 'en' ? ': ' : '：'}${burdenFields(comparison.burden.up[code]!, lang)}`;
    case 'burdenDown':
      return `${lang === 'en' ? ': ' : '：'}${burdenFields(comparison.burden.down[code]!, lang)}`;
    case 'superseded': {
      const as = detail?.superseded?.as;
      return ` → ${list(comparison.superseded[code]!)}${as ? (lang === 'en' ? ` (${actionLabel(as).en})` : `（${actionLabel(as).zh}）`) : ''}`;
    }
    case 'abolished': {
      const a = detail?.abolished;
      const labelled = (words: { zh: string; en: string }, value: string | undefined) => value === undefined ? undefined : `${say(words, lang)}${lang === 'en' ? ' ' : '：'}${value}`;
      const parts = [labelled(WORDS.abolishedOn, a?.on), labelled(WORDS.reason, a?.reason)].filter((p): p is string => p !== undefined);
      return parts.length === 0 ? '' : lang === 'en' ? ` (${parts.join('; ')})` : `（${parts.join('；')}）`;
    }
    default:
      return '';
  }
}
