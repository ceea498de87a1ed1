import { compareStrings } from '../core/compare.js';
import { supersessionKind, type SupersessionKind } from '../domain/supersession.js';
import type { HistoryAction } from '../format/vocabulary.js';
import { powerPagePath, type PublicCatalogue, type PublicPower } from './public-data.js';

/*
 * What the site publishes about change (FORMAT §5, 动态调整): the public history entries of every
 * power, newest first (the changelog page and the Atom feed), and the old codes that public
 * powers supersede, each with a page at the old code's address saying where the item went. Made
 * from the public projection only: a withheld history or `supersedes` gives nothing here.
 */

export interface ChangeEntry {
  date: string;
  action: HistoryAction;
  basis?: string;
  from?: string[];
  note?: string;
  power: { code: string; name: string; path: string };
  /** How many entries before this one have the same power, date and action (for stable feed ids). */
  occurrence: number;
}

/** Newest date first; one day's entries by code, and one power's entries of a day latest first. */
export function changeEntries(catalogue: PublicCatalogue): ChangeEntry[] {
  const entries: (ChangeEntry & { index: number })[] = [];
  for (const power of catalogue.powers) {
    const seen = new Map<string, number>();
    (power.history ?? []).forEach((h, index) => {
      const key = `${h.date}|${h.action}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      entries.push({ ...h, power: { code: power.code, name: power.name, path: power.path }, occurrence, index });
    });
  }
  return entries
    .sort((a, b) => compareStrings(b.date, a.date) || compareStrings(a.power.code, b.power.code) || compareStrings(a.power.path, b.power.path) || b.index - a.index)
    .map(({ index: _index, ...entry }) => entry);
}

export interface MovedCode {
  code: string;
  /** The old code's page: where its power's page was. */
  path: string;
  as: SupersessionKind;
  to: { code: string; name: string; path: string }[];
}

/**
 * Every code public powers list in `supersedes` that is not itself a published power, in code
 * order. An old code's page is where a power of that code had its page (the same file-name
 * rules); it never takes the address of a live page or of an earlier old code (a page name can
 * only be one thing on a case-insensitive host), and is then left out.
 */
export function movedCodes(catalogue: PublicCatalogue): MovedCode[] {
  const successors = new Map<string, PublicPower[]>();
  for (const power of catalogue.powers) {
    for (const code of power.supersedes ?? []) {
      const list = successors.get(code) ?? [];
      if (!list.includes(power)) successors.set(code, [...list, power]);
    }
  }
  const taken = new Set(catalogue.powers.map((p) => p.path.toLowerCase()));
  const live = new Set(catalogue.powers.map((p) => p.code));
  const moved: MovedCode[] = [];
  for (const code of [...successors.keys()].sort(compareStrings)) {
    const path = powerPagePath(code);
    if (live.has(code) || taken.has(path.toLowerCase())) continue;
    taken.add(path.toLowerCase());
    const to = successors.get(code)!;
    moved.push({ code, path, as: supersessionKind(code, to), to: to.map((p) => ({ code: p.code, name: p.name, path: p.path })) });
  }
  return moved;
}
