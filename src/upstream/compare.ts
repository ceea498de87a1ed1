import type { Words } from '../core/messages.js';
import { normalizePowerName } from '../domain/power-name.js';
import { comparable, exceeds } from '../domain/time-limits.js';
import { POWER_FIELDS } from '../format/power-fields.js';
import { isTermOf, POWER_TYPE, type PowerType } from '../format/vocabulary.js';
import { textOf } from '../model/read.js';
import type { Entity, PowerData, TimeLimitValue } from '../model/types.js';
import { basisTitles, type UpstreamItem } from './item.js';

/*
 * The comparisons of FORMAT §6, and nothing more: names normalised as `owner-ambiguous` does, the
 * type, the set of basis titles without 《》 and spaces, the statutory limit exactly, the level.
 * Each is a lookup or a set operation on one pair, so linking n powers costs O(n).
 */

/** A basis title as titles are compared: book-title marks and spaces of every kind dropped. */
export function titleKey(title: string): string {
  return title.replace(/[《》\s\u200b-\u200d\u2060\ufeff]/gu, '');
}

/** The upstream titles the local list lacks (local additions are no difference: FORMAT §6). */
export function missingTitles(local: readonly string[], upstream: readonly string[]): string[] {
  if (upstream.every((title) => local.includes(title))) return [];
  const have = new Set(local.map(titleKey));
  return upstream.filter((title) => !have.has(titleKey(title)));
}

/** Whether every title is written, exactly so, in the basis: the usual case, answered without allocating. */
function coversExactly(basis: unknown, titles: readonly string[]): boolean {
  if (titles.length === 0) return true;
  if (!Array.isArray(basis)) return false;
  return titles.every((title) => basis.some((entry) => (entry as { title?: unknown } | null)?.title === title));
}

export type Mismatch =
  | { field: 'name'; local: string; upstream: string }
  | { field: 'type'; local: PowerType; upstream: PowerType }
  | { field: 'basis'; local: string[]; upstream: readonly string[]; missing: string[] };

/** 三级四同: where a linked power differs from its upstream item, one entry per field (name, type, basis). */
export function mismatchesOf(power: Entity<PowerData>, item: UpstreamItem): Mismatch[] {
  const found: Mismatch[] = [];
  const name = textOf(power.data.name);
  if (name !== undefined && item.name !== undefined && !sameName(name, item.name)) {
    found.push({ field: 'name', local: name, upstream: item.name });
  }
  const type = power.data.type;
  if (isTermOf(POWER_TYPE, type) && isTermOf(POWER_TYPE, item.type) && type !== item.type) {
    found.push({ field: 'type', local: type, upstream: item.type });
  }
  if (!coversExactly(power.data.basis, item.basisTitles)) {
    const local = basisTitles(power.data.basis);
    const missing = missingTitles(local, item.basisTitles);
    if (missing.length > 0) found.push({ field: 'basis', local, upstream: item.basisTitles, missing });
  }
  return found;
}

/** The fields whose change upstream a power must follow (FORMAT §3 `upstream-changed`), in that order. */
export type ChangedField = 'name' | 'type' | 'basis' | 'statutory' | 'level';

export const CHANGED_FIELD_LABEL: Readonly<Record<ChangedField, Words>> = {
  name: POWER_FIELDS.name,
  type: POWER_FIELDS.type,
  basis: POWER_FIELDS.basis,
  statutory: { zh: '法定时限', en: 'Statutory time limit' },
  level: POWER_FIELDS.level,
};

/** What changed in one upstream item between two versions of its list. */
export function changesOf(before: UpstreamItem, after: UpstreamItem): ChangedField[] {
  const changed: ChangedField[] = [];
  if (before === after) return changed;
  if (before.name === undefined || after.name === undefined ? before.name !== after.name : !sameName(before.name, after.name)) changed.push('name');
  if (before.type !== after.type) changed.push('type');
  if (!sameList(before.basisTitles, after.basisTitles) && !sameSet(before.basisTitles.map(titleKey), after.basisTitles.map(titleKey))) changed.push('basis');
  if (!sameLimit(before.statutory, after.statutory)) changed.push('statutory');
  if (before.levels === undefined || after.levels === undefined ? before.levels !== after.levels : !sameList(before.levels, after.levels) && !sameSet(before.levels.map(String), after.levels.map(String))) {
    changed.push('level');
  }
  return changed;
}

/** Names as `owner-ambiguous` compares them; equal text needs no normalising (nearly every pair). */
const sameName = (a: string, b: string) => a === b || normalizePowerName(a) === normalizePowerName(b);

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Equal limits, exactly: 5 workdays are 7 days; units that cannot be compared are different. */
function sameLimit(a: TimeLimitValue | undefined, b: TimeLimitValue | undefined): boolean {
  if (a === undefined || b === undefined || a === 'none' || b === 'none') return a === b;
  if (a.unit === b.unit && a.value === b.value) return true;
  return comparable(a.unit, b.unit) && exceeds(a, b) === false && exceeds(b, a) === false;
}

/** Field labels joined for a message: `权力名称、法定时限` / `name, statutory time limit`. */
export function fieldList(fields: readonly ChangedField[]): Words {
  const labels = fields.map((field) => CHANGED_FIELD_LABEL[field]);
  return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en.toLowerCase()).join(', ') };
}

/** Catalogue text joined for a message (titles are written in Chinese in both languages). */
export function textList(values: readonly string[]): Words {
  return values.length === 0 ? { zh: '（无）', en: '(none)' } : { zh: values.join('、'), en: values.join('; ') };
}
