import { compareStrings } from '../core/compare.js';
import { exceeds } from '../domain/time-limits.js';
import { limitOf } from '../model/process-graph.js';
import type { Limit } from '../model/types.js';
import { matchedItems } from './items.js';
import { hasNewBasis } from './history.js';
import type { BurdenField, Comparison } from './result.js';
import type { ComparedPower, Version } from './version.js';

/*
 * The burden on the applicant (放管服): a change that asks more of the people who apply is
 * burden up (加重负担), one that asks less burden down (减负). Only what both versions state is
 * judged: a value first written (or taken out) says nothing about the burden.
 *  - time limit: the promised limit, else the statutory one (as process-time reads it), compared
 *    exactly (5 workdays = 7 days; month against day is not judged); 即办件 → any limit is longer,
 *    a limit → 无时限 (`none`) is longer; the same for each sub-item and handling item kept;
 *  - fees: a fee item (by name) that was not there is up, else one gone is down;
 *  - guide.materials: more required materials up, fewer down;
 *  - guide.visits: more visits (跑动次数) up, fewer down;
 *  - guide.onlineDepth: lower 网上办理深度 up, higher down;
 *  - guide.specialProcedures (both versions having a guide; none listed = none): a new one (by name) up, else one gone down.
 */

export type Direction = 'up' | 'down' | undefined;

type Effective = { kind: 'immediate' } | { kind: 'none' } | { kind: 'limit'; limit: Limit } | undefined;

function effectiveLimit(timeLimit: unknown): Effective {
  const t = timeLimit as { statutory?: unknown; promised?: unknown; immediate?: unknown } | undefined;
  if (t === undefined || t === null || typeof t !== 'object') return undefined;
  if (t.immediate === true) return { kind: 'immediate' };
  const limit = limitOf(t.promised) ?? limitOf(t.statutory);
  if (limit) return { kind: 'limit', limit };
  return t.promised === 'none' || t.statutory === 'none' ? { kind: 'none' } : undefined;
}

const RANK = { immediate: 0, limit: 1, none: 2 } as const;

export function timeLimitDirection(old: unknown, next: unknown): Direction {
  const a = effectiveLimit(old);
  const b = effectiveLimit(next);
  if (a === undefined || b === undefined) return undefined;
  if (a.kind === 'limit' && b.kind === 'limit') return exceeds(b.limit, a.limit) ? 'up' : exceeds(a.limit, b.limit) ? 'down' : undefined;
  return RANK[b.kind] > RANK[a.kind] ? 'up' : RANK[b.kind] < RANK[a.kind] ? 'down' : undefined;
}

const count = (a: number, b: number): Direction => (b > a ? 'up' : b < a ? 'down' : undefined);

/** Up when a name is new, else down when one is gone. */
function names(old: unknown, next: unknown): Direction {
  const of = (list: unknown) => new Set((Array.isArray(list) ? list : []).map((item) => (item as { name?: unknown } | null)?.name).filter((n) => typeof n === 'string'));
  const before = of(old);
  const after = of(next);
  if ([...after].some((n) => !before.has(n))) return 'up';
  return [...before].some((n) => !after.has(n)) ? 'down' : undefined;
}

const requiredMaterials = (list: unknown) => (list as { required?: unknown }[]).filter((m) => m?.required !== false).length;

/** The burden fields a change of one power moves up and down (a field of several items can move both ways). */
export function burdenOf(old: ComparedPower, next: ComparedPower): { up: BurdenField[]; down: BurdenField[] } {
  const moved: [BurdenField, Direction][] = [];
  moved.push(['timeLimit', timeLimitDirection(old.timeLimit, next.timeLimit)]);
  if (Array.isArray(old.fees) && Array.isArray(next.fees)) moved.push(['fees', names(old.fees, next.fees)]);
  const g0 = old.guide as Record<string, unknown> | undefined;
  const g1 = next.guide as Record<string, unknown> | undefined;
  if (g0 !== undefined && g1 !== undefined) {
    if (Array.isArray(g0.materials) && Array.isArray(g1.materials)) moved.push(['guide.materials', count(requiredMaterials(g0.materials), requiredMaterials(g1.materials))]);
    if (typeof g0.visits === 'number' && typeof g1.visits === 'number') moved.push(['guide.visits', count(g0.visits, g1.visits)]);
    if (typeof g0.onlineDepth === 'number' && typeof g1.onlineDepth === 'number') moved.push(['guide.onlineDepth', count(g1.onlineDepth, g0.onlineDepth)]);
    moved.push(['guide.specialProcedures', names(g0.specialProcedures, g1.specialProcedures)]);
  }
  for (const field of ['subItems', 'handlingItems'] as const) {
    for (const [a, b] of matchedItems(old[field], next[field])) {
      moved.push([field, timeLimitDirection(a.timeLimit, b.timeLimit)]);
      if (field === 'subItems') for (const [h0, h1] of matchedItems(a.handlingItems, b.handlingItems)) moved.push([field, timeLimitDirection(h0.timeLimit, h1.timeLimit)]);
    }
  }
  const of = (direction: Direction) => [...new Set(moved.filter(([, d]) => d === direction).map(([f]) => f))].sort(compareStrings);
  return { up: of('up'), down: of('down') };
}

/** The burden-up changes whose power has no history entry recording them with a basis (`--fail-on burden-up`). */
export function unsupportedBurdenUps(comparison: Comparison, old: Version, next: Version): { code: string; fields: BurdenField[] }[] {
  return Object.entries(comparison.burden.up)
    .filter(([code]) => !hasNewBasis(old.power(code)?.history, next.power(code)?.history))
    .map(([code, fields]) => ({ code, fields }));
}
