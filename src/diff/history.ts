import type { HistoryEntry } from '../model/types.js';
import { sameValue } from './same-value.js';

/*
 * What a version's `history` adds to the previous one's: the entries that record this change.
 * They name a department change 下放/承接 and give a burden-up change its basis.
 */

const entriesOf = (history: unknown): HistoryEntry[] => (Array.isArray(history) ? (history as HistoryEntry[]) : []);

/** Entries of the new history that the old one does not have (each old entry matches one new entry at most). */
export function newEntries(old: unknown, next: unknown): HistoryEntry[] {
  const unmatched = [...entriesOf(old)];
  return entriesOf(next).filter((entry) => {
    const at = unmatched.findIndex((o) => sameValue(o, entry));
    if (at < 0) return true;
    unmatched.splice(at, 1);
    return false;
  });
}

/**
 * Whether the new history records this change with its deciding document: an entry that the old
 * history does not have, with a `basis`, dated no earlier than the old history's newest entry (an
 * old decision cannot be written in again to cover a new change).
 */
export function hasNewBasis(old: unknown, next: unknown): boolean {
  const newest = entriesOf(old).reduce<string | undefined>((max, e) => (typeof e.date === 'string' && (max === undefined || e.date > max) ? e.date : max), undefined);
  return newEntries(old, next).some((e) => typeof e.basis === 'string' && e.basis.trim() !== '' && (newest === undefined || e.date >= newest));
}
