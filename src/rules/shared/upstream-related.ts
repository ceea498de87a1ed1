import type { UpstreamItem } from '../../upstream/item.js';
import type { Related, RuleScope } from '../rule.js';
import { valueAt } from '../targets.js';

/** The upstream item as a related location, when its list is a catalogue folder (open data has no positions to point at). */
export function upstreamItemRelated<M extends string>(item: UpstreamItem | undefined, messageId: M, field: 'code' | 'name' | 'type' | 'basis' = 'code'): Related<M>[] {
  return item?.entity ? [{ target: valueAt(item.entity, field), messageId, data: {} }] : [];
}

/**
 * Where the upstream rules run (FORMAT §6): on the whole catalogue, reading a power's code, name
 * and link always, and what they compare with its upstream item only when there are lists.
 */
export const UPSTREAM_RULE_SCOPE = {
  scope: 'catalogue',
  powerKeys: ['code', 'name', 'upstream'],
  upstreamPowerKeys: ['type', 'level', 'status', 'basis', 'timeLimit'],
  // Without lists a power links to nothing outside itself (its own `upstream`, the catalogue's lists).
  partition: 'power',
} as const satisfies RuleScope;
