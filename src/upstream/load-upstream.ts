import { resolve } from 'node:path';
import { codeIdentity } from '../domain/code-identity.js';
import { codeProfileOf, nationalCodeOf } from '../domain/national-code.js';
import { filledText, listOf, recordOf, textOf } from '../model/read.js';
import type { CatalogueModel, Entity, PowerData } from '../model/types.js';
import type { UpstreamItem } from './item.js';
import { readUpstreamSource, type SourceRead, type UpstreamVersion } from './read-source.js';

/** One entry of `upstream` in powercat.yaml, with what its paths hold. */
export interface UpstreamEntry {
  /** Position in powercat.yaml's `upstream` list. */
  index: number;
  id: string | undefined;
  /** How messages name the list: its `name`, else its `id`. */
  name: string;
  /** `source` and `previous` as written (relative to the catalogue root). */
  sourcePath: string | undefined;
  previousPath: string | undefined;
  source: SourceRead | undefined;
  previous: SourceRead | undefined;
  pin: string | undefined;
  /** A `sha256` the source does not match, or a `sha256` on a folder. */
  pinProblem: { messageId: 'pinMismatch'; actual: string } | { messageId: 'pinOnFolder' } | undefined;
  /** The version the rules hold powers against: the source, read and matching its pin. */
  current: UpstreamVersion | undefined;
  /** The version last reconciled with (`previous`), when it was read. */
  earlier: UpstreamVersion | undefined;
  /** The reasons of `notApplicable`, by code identity. */
  notApplicable: ReadonlyMap<string, string>;
  /** The items of `current` that a power links to (a link that is not `upstream-unknown`). */
  linked: Set<UpstreamItem>;
}

export type LinkProblem = 'unknownList' | 'listRequired' | 'noLists' | 'unknownCode' | 'abolished';

/** A power's link to an upstream item (FORMAT §6): written (`upstream`), or by its code. */
export interface Link {
  power: Entity<PowerData>;
  explicit: boolean;
  entry: UpstreamEntry | undefined;
  /** The item linked to (also an abolished one); undefined when the link found none. */
  item: UpstreamItem | undefined;
  /** Why the link is `upstream-unknown`; such a link is compared with nothing. */
  problem: LinkProblem | undefined;
}

export interface Upstream {
  entries: readonly UpstreamEntry[];
  /** In model order: every link of every power not abolished (a power linked by its code has one per list that has it). */
  links: readonly Link[];
}

const cache = new WeakMap<CatalogueModel, Upstream>();

/**
 * Reads every upstream list of the catalogue (each path once) and links the powers to their
 * items: done once per lint, before the rules run, and shared by the five upstream rules, the
 * coverage report and the site (markdownlint's habit, as in model/indexes.ts). The lists may
 * have been read already (`readUpstreamLists`, while the lint's threads parse the files); each
 * read serves one model, since linking marks its items.
 */
export async function loadUpstream(model: CatalogueModel, read: Promise<UpstreamEntry[]> = readUpstreamLists(model.root, model.catalogue?.data)): Promise<Upstream> {
  const cached = cache.get(model);
  if (cached) return cached;
  const entries = await read;
  const upstream = { entries, links: linksOf(model, entries) };
  cache.set(model, upstream);
  return upstream;
}

/** The upstream lists a Catalogue document (`powercat.yaml`) declares, read: no model needed. */
export async function readUpstreamLists(root: string, catalogue: unknown): Promise<UpstreamEntry[]> {
  // One read per path: a path that is one entry's pinned source and another's previous is hashed once, read once.
  const declared = declaredEntries(catalogue);
  const pinned = new Set(declared.flatMap(({ record }) => (textOf(record.sha256) !== undefined && filledText(record.source) !== undefined ? [resolve(root, filledText(record.source)!)] : [])));
  const reads = new Map<string, Promise<SourceRead>>();
  const read = (path: string) => {
    const absolute = resolve(root, path);
    let pending = reads.get(absolute);
    if (!pending) reads.set(absolute, (pending = readUpstreamSource(absolute, pinned.has(absolute))));
    return pending;
  };
  return Promise.all(
    declared.map(async ({ index, record }) => {
      const sourcePath = filledText(record.source);
      const previousPath = filledText(record.previous);
      const pin = textOf(record.sha256);
      const [source, previous] = await Promise.all([
        sourcePath === undefined ? undefined : read(sourcePath),
        previousPath === undefined ? undefined : read(previousPath),
      ]);
      return entryOf(index, record, { sourcePath, previousPath, source, previous, pin });
    }),
  );
}

/** The catalogue's upstream lists and links, as loadUpstream left them; a catalogue without lists needs no loading. */
export function upstreamOf(model: CatalogueModel): Upstream {
  const cached = cache.get(model);
  if (cached) return cached;
  if (declaredEntries(model.catalogue?.data).length > 0) throw new Error('internal: the upstream lists were not loaded (loadUpstream) before they were used');
  const upstream = { entries: [], links: linksOf(model, []) };
  cache.set(model, upstream);
  return upstream;
}

function declaredEntries(catalogue: unknown): { index: number; record: Record<string, unknown> }[] {
  return listOf(recordOf(catalogue)?.upstream).flatMap((entry, index) => {
    const record = recordOf(entry);
    return record ? [{ index, record }] : [];
  });
}

type Read = Pick<UpstreamEntry, 'sourcePath' | 'previousPath' | 'source' | 'previous' | 'pin'>;

function entryOf(index: number, record: Record<string, unknown>, read: Read): UpstreamEntry {
  const { source, previous, pin } = read;
  const id = textOf(record.id);
  const version = source?.ok ? source.version : undefined;
  const pinProblem =
    pin === undefined || !version
      ? undefined
      : version.form === 'folder'
        ? ({ messageId: 'pinOnFolder' } as const)
        : version.sha256 !== pin.toLowerCase()
          ? ({ messageId: 'pinMismatch', actual: version.sha256! } as const)
          : undefined;
  const notApplicable = new Map<string, string>();
  for (const value of listOf(record.notApplicable)) {
    const code = textOf(recordOf(value)?.code);
    if (code !== undefined && !notApplicable.has(codeIdentity(code))) notApplicable.set(codeIdentity(code), textOf(recordOf(value)?.reason) ?? '');
  }
  return {
    index,
    id,
    name: filledText(record.name) ?? id ?? `#${index + 1}`,
    ...read,
    pinProblem,
    // A source that does not match its pin is not the version that was reviewed: nothing is held against it.
    current: pinProblem?.messageId === 'pinMismatch' ? undefined : version,
    earlier: previous?.ok ? previous.version : undefined,
    notApplicable,
    linked: new Set(),
  };
}

function linksOf(model: CatalogueModel, entries: readonly UpstreamEntry[]): Link[] {
  const byId = new Map<string, UpstreamEntry>();
  for (const entry of entries) if (entry.id !== undefined && !byId.has(entry.id)) byId.set(entry.id, entry);
  const national = codeProfileOf(model.catalogue?.data.codeProfile) === 'national';
  const readable = entries.filter((entry) => entry.current !== undefined);
  const links: Link[] = [];
  for (const power of model.powers) {
    // An abolished power implements nothing any more; its record stays as it was.
    if (power.data.status === 'abolished') continue;
    const written = power.data.upstream;
    // A written link replaces linking by code, also when it is malformed (schema's finding): `upstream:` with nothing after it is no link.
    if (written === undefined || written === null) links.push(...codeLinks(power, readable, national));
    else {
      const record = recordOf(written);
      const link = record && writtenLink(power, record, entries, byId);
      if (link) links.push(link);
    }
  }
  for (const link of links) if (link.entry && link.item && !link.problem) link.entry.linked.add(link.item);
  return links;
}

/** `upstream: {code, list?}`: replaces linking by code (FORMAT §6). */
function writtenLink(power: Entity<PowerData>, written: Record<string, unknown>, entries: readonly UpstreamEntry[], byId: ReadonlyMap<string, UpstreamEntry>): Link | undefined {
  const code = textOf(written.code);
  if (code === undefined) return undefined;
  const listId = written.list;
  const link = (entry: UpstreamEntry | undefined, problem: LinkProblem | undefined, item?: UpstreamItem): Link => ({ power, explicit: true, entry, item, problem });
  if (listId !== undefined) {
    if (typeof listId !== 'string') return undefined;
    const entry = byId.get(listId);
    if (!entry) return link(undefined, 'unknownList');
    return found(entry, code, link);
  }
  if (entries.length === 0) return link(undefined, 'noLists');
  if (entries.length > 1) return link(undefined, 'listRequired');
  return found(entries[0]!, code, link);
}

function found(entry: UpstreamEntry, code: string, link: (entry: UpstreamEntry, problem: LinkProblem | undefined, item?: UpstreamItem) => Link): Link | undefined {
  // A list that could not be read is upstream-source's one finding; its links say nothing more.
  if (!entry.current) return undefined;
  const item = entry.current.byKey.get(codeIdentity(code));
  if (!item) return link(entry, 'unknownCode');
  return link(entry, item.status === 'abolished' ? 'abolished' : undefined, item);
}

/**
 * Without `upstream`: by the power's own code, else (national) by the basic code inside a 31/33-char
 * code — in every list that has it (a national directory and a province's list share their codes).
 */
function codeLinks(power: Entity<PowerData>, entries: readonly UpstreamEntry[], national: boolean): Link[] {
  const code = textOf(power.data.code);
  if (code === undefined || entries.length === 0) return [];
  const own = codeIdentity(code);
  const parsed = national ? nationalCodeOf(code) : undefined;
  const basic = parsed && parsed.form !== 'basic' ? parsed.basic : undefined;
  return entries.flatMap((entry) => {
    const item = entry.current!.byKey.get(own) ?? (basic === undefined ? undefined : entry.current!.byKey.get(basic));
    return item ? [{ power, explicit: false, entry, item, problem: item.status === 'abolished' ? ('abolished' as const) : undefined }] : [];
  });
}
