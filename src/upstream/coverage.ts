import { compareStrings } from '../core/compare.js';
import { textOf } from '../model/read.js';
import type { CatalogueModel } from '../model/types.js';
import { changesOf, mismatchesOf, type ChangedField, type Mismatch } from './compare.js';
import { meantFor, type UpstreamItem } from './item.js';
import { upstreamOf, type Upstream, type UpstreamEntry } from './load-upstream.js';
import type { SourceProblem } from './read-source.js';

/*
 * The coverage report (`powercat upstream`, the site's upstream page): per upstream list, what of
 * it this level implements, and how the linked powers compare — from the same links and the same
 * comparisons as the five upstream rules.
 */

export interface ItemRef {
  code: string;
  name: string;
}

export interface ListCoverage {
  id: string | undefined;
  name: string;
  source: string | undefined;
  previous: string | undefined;
  /** Why the list could not be compared (upstream-source reports it); the counts are then 0. */
  problem: SourceProblem['messageId'] | 'pinMismatch' | 'noSource' | undefined;
  /** Items of the list, abolished ones included. */
  items: number;
  /** Items in force whose level includes this catalogue's. */
  meantForLevel: number;
  /** Of those, the ones a power links to. */
  implemented: number;
  /** Of those, not linked and listed under `notApplicable`, with the reason. */
  notApplicable: (ItemRef & { reason: string })[];
  /** Of those, neither linked nor listed: `upstream-missing`. */
  missing: ItemRef[];
  /** Powers linked to an item of this list. */
  linked: number;
  conform: number;
  /** Linked powers that differ (`upstream-mismatch`), with the fields. */
  differ: (ItemRef & { upstreamCode: string; fields: Mismatch['field'][] })[];
  /** Powers whose link to this list names no item in force (`upstream-unknown`). */
  unknown: ItemRef[];
  /** Linked powers whose item changed since `previous` (`upstream-changed`); undefined without a readable `previous`. */
  changed: (ItemRef & { upstreamCode: string; fields: ChangedField[] })[] | undefined;
}

export interface Coverage {
  catalogue: { id: string; name: string; level: number | undefined };
  lists: ListCoverage[];
  /** Powers not abolished. */
  powers: number;
  /** Of those, the ones linked to upstream items, every link good. */
  linked: number;
  /** Of those, the ones with a link that is `upstream-unknown` (to no item in force, or naming no list). */
  broken: ItemRef[];
  /** Powers linked to no upstream item: 区县独有 (local-only). */
  localOnly: ItemRef[];
}

/** The items of a list that are in force, meant for this level, linked by no power and not marked not applicable. */
export function missingItems(entry: UpstreamEntry, level: unknown): UpstreamItem[] {
  if (!entry.current) return [];
  return entry.current.items.filter((item) => isMeant(item, level) && !entry.linked.has(item) && !entry.notApplicable.has(item.key));
}

const isMeant = (item: UpstreamItem, level: unknown) => item.status === 'active' && meantFor(item, level);

const refOf = (code: unknown, name: unknown): ItemRef => ({ code: textOf(code) ?? '', name: textOf(name) ?? '' });
const byCode = (a: ItemRef, b: ItemRef) => compareStrings(a.code, b.code);

/** The coverage of every upstream list of a loaded catalogue (loadUpstream first). */
export function coverageOf(model: CatalogueModel): Coverage {
  const upstream = upstreamOf(model);
  const catalogue = model.catalogue?.data;
  const level = catalogue?.level;
  const linkedPowers = new Set(upstream.links.map((link) => link.power));
  const brokenPowers = new Set(upstream.links.filter((link) => link.problem).map((link) => link.power));
  const powers = model.powers.filter((p) => p.data.status !== 'abolished');
  return {
    catalogue: { id: textOf(catalogue?.id) ?? '', name: textOf(catalogue?.name) ?? '', level: typeof level === 'number' ? level : undefined },
    lists: upstream.entries.map((entry) => listCoverage(upstream, entry, level)),
    powers: powers.length,
    linked: linkedPowers.size - brokenPowers.size,
    broken: [...brokenPowers].map((p) => refOf(p.data.code, p.data.name)).sort(byCode),
    localOnly: powers.filter((p) => !linkedPowers.has(p)).map((p) => refOf(p.data.code, p.data.name)).sort(byCode),
  };
}

function listCoverage(upstream: Upstream, entry: UpstreamEntry, level: unknown): ListCoverage {
  const current = entry.current;
  const links = upstream.links.filter((link) => link.entry === entry);
  const good = links.filter((link) => link.item && !link.problem);
  const meant = current ? current.items.filter((item) => isMeant(item, level)) : [];
  const open = meant.filter((item) => !entry.linked.has(item));
  const differ = good.flatMap((link) => {
    const fields = mismatchesOf(link.power, link.item!).map((m) => m.field);
    return fields.length > 0 ? [{ ...refOf(link.power.data.code, link.power.data.name), upstreamCode: link.item!.code, fields }] : [];
  });
  const earlier = entry.earlier;
  return {
    id: entry.id,
    name: entry.name,
    source: entry.sourcePath,
    previous: entry.previousPath,
    problem: problemOf(entry),
    items: current?.items.length ?? 0,
    meantForLevel: meant.length,
    implemented: meant.length - open.length,
    notApplicable: open.flatMap((item) => {
      const reason = entry.notApplicable.get(item.key);
      return reason === undefined ? [] : [{ ...refOf(item.code, item.name), reason }];
    }).sort(byCode),
    missing: missingItems(entry, level).map((item) => refOf(item.code, item.name)).sort(byCode),
    linked: good.length,
    conform: good.length - differ.length,
    differ: differ.sort(byCode),
    unknown: links.filter((link) => link.problem).map((link) => refOf(link.power.data.code, link.power.data.name)).sort(byCode),
    changed: earlier
      ? good
          .flatMap((link) => {
            const before = earlier.byKey.get(link.item!.key);
            const fields = before ? changesOf(before, link.item!) : [];
            return fields.length > 0 ? [{ ...refOf(link.power.data.code, link.power.data.name), upstreamCode: link.item!.code, fields }] : [];
          })
          .sort(byCode)
      : undefined,
  };
}

function problemOf(entry: UpstreamEntry): ListCoverage['problem'] {
  if (entry.source === undefined) return 'noSource';
  if (!entry.source.ok) return entry.source.problem.messageId;
  return entry.pinProblem?.messageId === 'pinMismatch' ? 'pinMismatch' : undefined;
}
