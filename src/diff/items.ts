import { compareStrings } from '../core/compare.js';
import type { ItemsChange, ValueChange } from './result.js';
import { sameValue, valueChange } from './same-value.js';

/*
 * Sub-items and handling items (FORMAT §5): matched by code, reported under their parent. A
 * sub-item's own handling items are compared the same way, one level down.
 */

type Record_ = Readonly<Record<string, unknown>>;

const byCode = (list: unknown): Map<string, Record_> => {
  const items = new Map<string, Record_>();
  if (Array.isArray(list)) {
    for (const item of list) {
      const code = (item as Record_ | null)?.code;
      if (typeof code === 'string' && !items.has(code)) items.set(code, item as Record_);
    }
  }
  return items;
};

const nameOf = (item: Record_, code: string) => (typeof item.name === 'string' ? item.name : code);

/** undefined when the items are the same (in any order). */
export function itemsChange(old: unknown, next: unknown): ItemsChange | undefined {
  const before = byCode(old);
  const after = byCode(next);
  const change: ItemsChange = { added: [], removed: [], changed: {} };
  for (const code of [...after.keys()].sort(compareStrings)) if (!before.has(code)) change.added.push({ code, name: nameOf(after.get(code)!, code) });
  for (const code of [...before.keys()].sort(compareStrings)) {
    const item = before.get(code)!;
    const now = after.get(code);
    if (now === undefined) {
      change.removed.push({ code, name: nameOf(item, code) });
      continue;
    }
    const members: Record<string, ValueChange | ItemsChange> = {};
    for (const key of [...new Set([...Object.keys(item), ...Object.keys(now)])].sort(compareStrings)) {
      if (key === 'code' || sameValue(item[key], now[key])) continue;
      if (key === 'handlingItems') {
        const nested = itemsChange(item[key], now[key]);
        if (nested) members[key] = nested;
      } else members[key] = valueChange(item[key], now[key]);
    }
    if (Object.keys(members).length > 0) change.changed[code] = members;
  }
  return change.added.length + change.removed.length + Object.keys(change.changed).length > 0 ? change : undefined;
}

/** The items present in both versions, by code: for judging what each asks of an applicant. */
export function matchedItems(old: unknown, next: unknown): [Record_, Record_][] {
  const after = byCode(next);
  return [...byCode(old)].flatMap(([code, item]) => (after.has(code) ? [[item, after.get(code)!] as [Record_, Record_]] : []));
}
