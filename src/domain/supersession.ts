import type { HistoryEntry } from '../model/types.js';

/*
 * How an old code went to the powers that list it in `supersedes` (FORMAT §5): the successors'
 * history says so when it can; else the shape of the change does — merged when the successor
 * replaces several codes, split when several successors replace the old one, renamed when the
 * name changed (a one-to-one change whose old name is known), recoded otherwise. `powercat diff`
 * and the site's pages at old codes both ask this.
 */

export const SUPERSESSION_ACTIONS = ['merged', 'split', 'renamed', 'recoded'] as const;
export type SupersessionKind = (typeof SUPERSESSION_ACTIONS)[number];

export interface Successor {
  name: string;
  supersedes?: readonly string[];
  history?: readonly HistoryEntry[];
}

const isSupersession = (action: string): action is SupersessionKind => (SUPERSESSION_ACTIONS as readonly string[]).includes(action);

export function supersessionKind(oldCode: string, successors: readonly Successor[], oldName?: string): SupersessionKind {
  // The latest entry that names the old code (history is oldest first; successors may differ).
  let recorded: HistoryEntry | undefined;
  for (const entry of successors.flatMap((s) => s.history ?? [])) {
    if (isSupersession(entry.action) && (entry.from ?? []).includes(oldCode) && (recorded === undefined || entry.date >= recorded.date)) recorded = entry;
  }
  if (recorded !== undefined && isSupersession(recorded.action)) return recorded.action;
  if (successors.length > 1) return 'split';
  if ((successors[0]?.supersedes?.length ?? 0) > 1) return 'merged';
  return oldName !== undefined && successors[0] !== undefined && successors[0].name !== oldName ? 'renamed' : 'recoded';
}
