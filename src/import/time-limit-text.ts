import { TIME_UNIT, type TimeUnit } from '../format/vocabulary.js';
import type { Limit } from '../model/types.js';
import { chineseNumber } from './list-text.js';

/*
 * Time limits as lists write them (`20个工作日`, `二十日`, `3个月`, `即办`, `无`) and as powercat's
 * exports write them (`20 个工作日（note）`, `无法定时限`, `即办件`: columns.ts `limitText`).
 */

export type TimeLimitText = { kind: 'limit'; limit: Limit } | { kind: 'none' } | { kind: 'immediate' };

/** Unit words: the format's own (TIME_UNIT's labels and counting words) and other spellings lists use. */
const UNIT_WORDS: ReadonlyMap<string, TimeUnit> = new Map<string, TimeUnit>([
  ...Object.entries(TIME_UNIT).flatMap(([unit, term]) => [
    [term.zh, unit as TimeUnit] as const,
    [term.count.zh, unit as TimeUnit] as const,
  ]),
  ['日', 'day'],
  ['个自然日', 'day'],
  ['天', 'day'],
  ['工作日', 'workday'],
  ['个工作日', 'workday'],
  ['个月', 'month'],
  ['月', 'month'],
  ['年', 'year'],
  ['小时', 'hour'],
  ['个小时', 'hour'],
]);

/** Longest first, so `个工作日` wins over `日`. */
const UNIT_PATTERN = [...UNIT_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');
const NUMBER = '(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)';
const EXACT = new RegExp(`^${NUMBER}\\s*(${UNIT_PATTERN})(?:\\s*[（(]([\\s\\S]*)[）)])?$`);
const ANYWHERE = new RegExp(`${NUMBER}\\s*(${UNIT_PATTERN})`);

const IMMEDIATE = new Set(['即办', '即办件', '即时办结', '即时办理', '当场办结', '当场办理', '立即办理', '立即办结', '当场', '即时']);
const NONE = new Set(['无', '无时限', '无法定时限', '无承诺时限', '无规定', '不适用', '/', '-', '—', '——', '无期限']);

function amount(text: string): number | undefined {
  return /^\d/.test(text) ? Number(text) : chineseNumber(text);
}

/**
 * One time-limit cell. A bare number takes `unit` (from a 时限单位 column) when given. A limit
 * inside a sentence (`自受理之日起二十日内作出决定`) is its first amount, with the sentence as its
 * note. Undefined when the text says none of these.
 */
export function parseTimeLimit(raw: string, unit?: TimeUnit): TimeLimitText | undefined {
  const text = raw.trim();
  const plain = text.replace(/[。；;]$/, '');
  if (IMMEDIATE.has(plain)) return { kind: 'immediate' };
  if (NONE.has(plain)) return { kind: 'none' };
  if (unit !== undefined && /^\d+(?:\.\d+)?$/.test(plain)) return limitOf(Number(plain), unit);
  const exact = EXACT.exec(text);
  if (exact) return limitOf(amount(exact[1]!), UNIT_WORDS.get(exact[2]!)!, exact[3]?.trim());
  const inside = ANYWHERE.exec(text);
  if (inside) return limitOf(amount(inside[1]!), UNIT_WORDS.get(inside[2]!)!, text);
  if (/^(即办|即时|当场)/.test(plain)) return { kind: 'immediate' };
  return undefined;
}

function limitOf(value: number | undefined, unit: TimeUnit, note?: string): TimeLimitText | undefined {
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (value === 0) return { kind: 'immediate' };
  return { kind: 'limit', limit: note !== undefined && note !== '' ? { value, unit, note } : { value, unit } };
}

/** A 时限单位 cell (`工作日`, `自然日`, `月` …). */
export function parseTimeUnit(text: string): TimeUnit | undefined {
  return UNIT_WORDS.get(text.trim());
}
