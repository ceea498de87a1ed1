import { compareStrings } from '../core/compare.js';
import { valuesOf, PROCESS_VIEW } from '../format/vocabulary.js';
import type { ProcessChange, StepsChange, ValueChange } from './result.js';
import { sameValue, valueChange } from './same-value.js';

/*
 * `process` (FORMAT §5) counts as changed when the resolved steps differ — also when only a
 * template the power uses changed, since both versions hold the steps resolved. Steps are
 * matched by id in each view; their order in the list does not count (the graph is `next`).
 */

type Step = Readonly<Record<string, unknown>>;

function stepsOf(process: unknown, view: string): Map<string, Step> | undefined {
  const steps = ((process as Record<string, { steps?: unknown } | undefined> | undefined)?.[view])?.steps;
  if (!Array.isArray(steps)) return undefined;
  const byId = new Map<string, Step>();
  for (const step of steps) {
    const id = (step as Step | null)?.id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, step as Step);
  }
  return byId;
}

const named = (step: Step, id: string) => ({ id, name: typeof step.name === 'string' ? step.name : id });

/** undefined when no view's steps differ. */
export function processChange(old: unknown, next: unknown): ProcessChange | undefined {
  const change: ProcessChange = {};
  for (const view of valuesOf(PROCESS_VIEW)) {
    const before = stepsOf(old, view) ?? new Map<string, Step>();
    const after = stepsOf(next, view) ?? new Map<string, Step>();
    const steps: StepsChange = { added: [], removed: [], changed: {} };
    for (const id of [...after.keys()].sort(compareStrings)) if (!before.has(id)) steps.added.push(named(after.get(id)!, id));
    for (const id of [...before.keys()].sort(compareStrings)) {
      const step = before.get(id)!;
      const now = after.get(id);
      if (now === undefined) {
        steps.removed.push(named(step, id));
        continue;
      }
      const members: Record<string, ValueChange> = {};
      for (const key of [...new Set([...Object.keys(step), ...Object.keys(now)])].sort(compareStrings)) {
        if (!sameValue(step[key], now[key])) members[key] = valueChange(step[key], now[key]);
      }
      if (Object.keys(members).length > 0) steps.changed[id] = members;
    }
    if (steps.added.length + steps.removed.length + Object.keys(steps.changed).length > 0) change[view] = steps;
  }
  return Object.keys(change).length > 0 ? change : undefined;
}
