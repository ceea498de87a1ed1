import { compareStrings } from '../core/compare.js';
import { supersessionKind, type Successor } from '../domain/supersession.js';
import type { HistoryEntry } from '../model/types.js';
import { burdenOf } from './burden.js';
import { newEntries } from './history.js';
import { itemsChange } from './items.js';
import type { CodeDetail, Comparison, FieldChange } from './result.js';
import { sameValue, valueChange } from './same-value.js';
import { processChange } from './steps.js';
import { COMPARED_FIELDS, sameFingerprint, type ComparedField, type ComparedPower, type Version } from './version.js';

/*
 * Two versions of a catalogue compared by code (FORMAT §5):
 *  - added: only in the new version, superseding no code of the old one;
 *  - removed: only in the old version, and no new power supersedes it;
 *  - abolished: status became `abolished` (its status, abolishedOn and reason are then not listed
 *    under changed; other fields that changed with it are);
 *  - superseded: a code of the old version that new powers list in `supersedes` and that is gone
 *    from the new version or abolished in it (old → [new]);
 *  - changed: in both, with the top-level Power keys whose values differ.
 * What a version holds decides what can differ: with `--public` (and for open data) only what the
 * site publishes. There an abolished power shows no process (the site draws none), so its
 * process is not listed as changed when it is abolished in this change.
 */

const ABOLITION_FIELDS: ReadonlySet<ComparedField> = new Set(['status', 'abolishedOn', 'reason']);

export function compareVersions(old: Version, next: Version): Comparison {
  const comparison: Comparison = { added: [], removed: [], abolished: [], superseded: {}, changed: {}, details: {}, burden: { up: {}, down: {} } };
  const details = new Map<string, CodeDetail>();
  const detail = (code: string, power: ComparedPower) => {
    let found = details.get(code);
    if (!found) details.set(code, (found = { name: power.name }));
    return found;
  };
  const isAbolished = (power: ComparedPower | undefined) => power?.status === 'abolished';

  // Old codes the new version supersedes: gone from it, or abolished in it.
  const successors = new Map<string, string[]>();
  for (const code of next.superseding) {
    for (const oldCode of listOfCodes(next.power(code)?.supersedes)) {
      if (oldCode === code || !old.has(oldCode)) continue;
      if (next.has(oldCode) && !isAbolished(next.power(oldCode))) continue;
      const list = successors.get(oldCode) ?? [];
      if (!list.includes(code)) successors.set(oldCode, [...list, code]);
    }
  }
  const successorCodes = new Set([...successors.values()].flat());

  for (const code of next.codes) {
    if (!old.has(code) && !successorCodes.has(code)) {
      comparison.added.push(code);
      detail(code, next.power(code)!);
    }
  }
  for (const code of old.codes) {
    const by = successors.get(code);
    // The same fingerprint in both versions: the same power, never projected.
    if (by === undefined && next.has(code) && sameFingerprint(old.fingerprint(code), next.fingerprint(code))) continue;
    const before = old.power(code)!;
    const after = next.power(code);
    if (by !== undefined) {
      comparison.superseded[code] = by;
      const kind = supersessionKind(code, by.map((c) => successor(next.power(c)!)), before.name);
      detail(code, after ?? before).superseded = { as: kind, by };
      for (const c of by) detail(c, next.power(c)!);
    }
    if (after === undefined) {
      if (by === undefined) {
        comparison.removed.push(code);
        detail(code, before);
      }
      continue;
    }
    const abolished = isAbolished(after) && !isAbolished(before);
    if (abolished) {
      comparison.abolished.push(code);
      detail(code, after).abolished = stripped({ on: text(after.abolishedOn), reason: text(after.reason) });
    }
    const fields = changedFields(before, after, abolished, next.publicOnly);
    if (Object.keys(fields).length > 0) {
      comparison.changed[code] = (Object.keys(fields) as ComparedField[]).sort(compareStrings);
      detail(code, after).fields = fields;
    }
    const burden = burdenOf(before, after);
    if (burden.up.length > 0) comparison.burden.up[code] = burden.up;
    if (burden.down.length > 0) comparison.burden.down[code] = burden.down;
  }
  for (const code of [...details.keys()].sort(compareStrings)) comparison.details[code] = details.get(code)!;
  return comparison;
}

function changedFields(before: ComparedPower, after: ComparedPower, abolished: boolean, publicOnly: boolean): Partial<Record<ComparedField, FieldChange>> {
  const fields: Partial<Record<ComparedField, FieldChange>> = {};
  for (const field of COMPARED_FIELDS) {
    const a = before[field];
    const b = after[field];
    if (sameValue(a, b)) continue;
    if (abolished && (ABOLITION_FIELDS.has(field) || (field === 'process' && publicOnly && b === undefined))) continue;
    const change = fieldChange(field, before, after);
    if (change !== undefined) fields[field] = change;
  }
  return fields;
}

function fieldChange(field: ComparedField, before: ComparedPower, after: ComparedPower): FieldChange | undefined {
  const [a, b] = [before[field], after[field]];
  switch (field) {
    case 'process':
      return processChange(a, b);
    case 'subItems':
    case 'handlingItems':
      return itemsChange(a, b);
    case 'department': {
      // 下放/承接 when the history recorded with this change says so.
      const recorded = newEntries(before.history, after.history).filter((e) => e.action === 'delegated' || e.action === 'received').at(-1);
      return { ...valueChange(a, b), ...(recorded ? { as: recorded.action as 'delegated' | 'received' } : {}) };
    }
    default:
      return valueChange(a, b);
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function successor(power: ComparedPower): Successor {
  return { name: power.name, supersedes: listOfCodes(power.supersedes), history: Array.isArray(power.history) ? (power.history as HistoryEntry[]) : undefined };
}

function listOfCodes(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((c): c is string => typeof c === 'string') : [];
}

function stripped<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
