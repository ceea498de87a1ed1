import { isKeyOf, type FacetName } from '../rules/facets.js';
import type { Partition, Rule } from '../rules/rule.js';
import type { CacheParts, PartsLine } from './cache-parts.js';
import type { CollectedFile } from './collect-facts.js';
import { othersJson, projectValue, type DocumentFacets, type FileFacts } from './file-facts.js';
import type { FindingData } from './finding-data.js';
import type { LintCache } from './lint-cache.js';

/** Past this many files changed since the last lint (and a hundredth of the catalogue), running every rule again is as quick. */
const MAX_CHANGED = 64;

/** A file's documents as the catalogue rules see them, with their facet keys. */
interface Side {
  values: readonly unknown[];
  facets: DocumentFacets;
}

/** A file changed since the last lint: as it was (undefined: new) and is (undefined: gone), and which of its documents changed. */
interface Edit {
  path: string;
  before: Side | undefined;
  after: Side | undefined;
  changed: number[];
}

/** The catalogue rules' findings, and the files with documents of other kinds than Power they were found with. */
export interface CatalogueFindings {
  findings: FindingData[];
  context: string[];
  /** The rules run again, and on how many files. */
  ran: { rules: string[]; files: number };
}

/** A document, as `path#index`. */
const documentId = (path: string, index: number) => `${path}#${index}`;

class CannotTell extends Error {}

function cannotTell(): never {
  throw new CannotTell();
}

/**
 * The catalogue rules' findings after a few files changed, from those of the last lint: each
 * rule that reads something that changed runs again on the part of the catalogue its partition
 * (rule.ts) says its findings at the changed powers and their neighbours depend on, and its
 * findings there replace the cached ones; every other finding is kept. Undefined where that
 * cannot be told (no last lint to start from, a department or process changed, a rule without
 * partition reads what changed, many files changed): then every rule runs again.
 */
export async function catalogueFindingsAfterEdits(
  cache: LintCache,
  collected: readonly CollectedFile[],
  now: ReadonlyMap<string, CollectedFile>,
  rules: readonly Rule[],
  run: (facts: FileFacts[], rules: readonly Rule[]) => Promise<FindingData[]>,
): Promise<CatalogueFindings | undefined> {
  const last = cache.lastCatalogue();
  const changes = cache.changesSinceLast();
  if (!last?.context || !changes) return undefined;
  const { changed, gone } = changes;
  if (changed.length + gone.length > Math.max(MAX_CHANGED, collected.length / 100)) return undefined;
  const parts = cache.parts();
  if (!parts) return undefined;
  const { context } = last;
  try {
    const factsOf = (line: PartsLine) => parts.facts(line) ?? cannotTell();
    /** The line of a file as it is now: the one with its facts hash (a changed file's line is an old one). */
    const isCurrent = (line: PartsLine) => now.get(line.path)?.summary.factsHash === line.factsHash && cache.lastHash(line.path) === line.factsHash;
    const edits = [...changed, ...gone].map((path): Edit => {
      const lastHash = cache.lastHash(path);
      const lastLine = lastHash === undefined ? undefined : (parts.latest(path) ?? cannotTell());
      if (lastLine && lastLine.factsHash !== lastHash) cannotTell();
      const file = now.get(path);
      if (file && !file.facts?.facets) cannotTell();
      return editOf(path, lastLine && { values: factsOf(lastLine).values, facets: lastLine.facets }, file && { values: file.facts!.values, facets: file.facts!.facets! });
    });
    const again = rules.filter((rule) => edits.some((edit) => readsChange(rule, edit)));
    if (again.length === 0) return { findings: last.findings, context, ran: { rules: [], files: 0 } };
    const partitions = again.map((rule) => (rule.meta.scope === 'catalogue' ? rule.meta.partition : undefined));
    if (partitions.some((partition) => partition === undefined)) return undefined;
    // One part for all rules partitioned by facets, by all their facets: larger than each needs, and found in one pass.
    const facets = [...new Set(partitions.flatMap((partition) => (partition === 'power' ? [] : partition!.by)))];
    const edited = new Set(edits.flatMap((edit) => edit.changed.map((i) => documentId(edit.path, i))));
    // The current lines found, by path: where the facts of the powers a part needs are.
    const lineOf = new Map<string, PartsLine>();
    const sharing = (keys: ReadonlySet<string>) => [
      ...parts
        .withKeys(keys)
        .filter(isCurrent)
        .flatMap((line) => {
          lineOf.set(line.path, line);
          return documentsWith(line.path, line.facets, keys);
        }),
      ...edits.flatMap((edit) => (edit.after ? documentsWith(edit.path, edit.after.facets, keys) : [])),
    ];
    const part = facets.length > 0 ? partOf(facets, edits, sharing) : { redo: edited, need: edited };
    const isContext = new Set(context);
    const withOthers = new Set<string>();
    for (const line of parts.withOthers()) {
      if (!isCurrent(line) || !isContext.has(line.path)) continue;
      withOthers.add(line.path);
      lineOf.set(line.path, line);
    }
    if (withOthers.size + changed.filter((path) => isContext.has(path)).length !== context.length) cannotTell();
    const needFiles = new Set([...part.need].map((id) => id.slice(0, id.lastIndexOf('#'))));
    const facts = collected.flatMap((file) =>
      needFiles.has(file.path) || isContext.has(file.path) ? subFacts(file, (i) => part.need.has(documentId(file.path, i)), lineOf.get(file.path), parts) : [],
    );
    const found = await run(facts, again);
    const redoOf = (partition: Partition | undefined) => (partition === 'power' ? edited : part.redo);
    const redo = new Map(again.map((rule, i) => [rule.meta.id, redoOf(partitions[i])]));
    const isRedone = (finding: FindingData) => {
      const { target } = finding;
      const ids = redo.get(finding.rule);
      return ids !== undefined && ('doc' in target ? ids.has(documentId(target.file, target.doc)) : [...ids].some((id) => id.startsWith(`${target.file}#`)));
    };
    const order = new Map(rules.map((rule, i) => [rule.meta.id, i]));
    return {
      findings: [...last.findings.filter((finding) => !isRedone(finding)), ...found.filter(isRedone)].sort((a, b) => order.get(a.rule)! - order.get(b.rule)!),
      context,
      ran: { rules: again.map((rule) => rule.meta.id), files: facts.length },
    };
  } catch (error) {
    if (error instanceof CannotTell) return undefined;
    throw error;
  }
}

/** A file's edit; a change to a document of another kind (a department in a file of powers) cannot be told. */
function editOf(path: string, before: Side | undefined, after: Side | undefined): Edit {
  const others = (side: Side | undefined) => (side ? othersJson(side.values, side.facets) : '[]');
  if (others(before) !== others(after)) cannotTell();
  const count = Math.max(before?.values.length ?? 0, after?.values.length ?? 0);
  const changed: number[] = [];
  for (let i = 0; i < count; i++) {
    if (JSON.stringify(before?.values[i]) !== JSON.stringify(after?.values[i]) || JSON.stringify(before?.facets[i]) !== JSON.stringify(after?.facets[i])) changed.push(i);
  }
  return { path, before, after, changed };
}

/** Whether a rule reads something an edit changed: a Power key it declares, or any key when it declares none. */
function readsChange(rule: Rule, edit: Edit): boolean {
  const keys = rule.meta.scope === 'catalogue' ? rule.meta.powerKeys : undefined;
  if (!keys) return true;
  const read = new Set<string>(keys);
  const seen = (side: Side | undefined, i: number) => JSON.stringify(side?.values[i] === undefined ? null : projectValue(side.values[i], read));
  return edit.changed.some((i) => seen(edit.before, i) !== seen(edit.after, i));
}

function documentsWith(path: string, facets: DocumentFacets, keys: ReadonlySet<string>): { id: string; keys: string[] }[] {
  return facets.flatMap((doc, i) => (doc?.some((key) => keys.has(key)) ? [{ id: documentId(path, i), keys: doc }] : []));
}

/**
 * The documents whose findings the rules partitioned by these facets find again (`redo`: the
 * changed powers, and those sharing a key of the facets with them before or after the edit),
 * and those they need for that (`need`: the powers sharing such a key with those). `sharing`
 * gives the current documents with one of some keys; keys of other facets never match, as each
 * key starts with its facet's initial.
 */
function partOf(
  facets: readonly FacetName[],
  edits: readonly Edit[],
  sharing: (keys: ReadonlySet<string>) => { id: string; keys: string[] }[],
): { redo: Set<string>; need: Set<string> } {
  const ofFacets = (keys: readonly string[] | null | undefined) => (keys ?? []).filter((key) => isKeyOf(key, facets));
  const changedKeys = edits.flatMap((edit) => edit.changed.flatMap((i) => [...ofFacets(edit.before?.facets[i]), ...ofFacets(edit.after?.facets[i])]));
  const touched = sharing(new Set(changedKeys));
  const redo = new Set([...edits.flatMap((edit) => edit.changed.map((i) => documentId(edit.path, i))), ...touched.map((doc) => doc.id)]);
  const neighbours = new Set([...edits.flatMap((edit) => edit.changed.flatMap((i) => ofFacets(edit.after?.facets[i]))), ...touched.flatMap((doc) => ofFacets(doc.keys))]);
  return { redo, need: new Set([...redo, ...sharing(neighbours).map((doc) => doc.id)]) };
}

/**
 * A file as a part of the catalogue holds it: its documents of other kinds and the powers the
 * part needs; the other powers are left out as documents of no kind (null), so that every
 * document keeps its index. A file read in this run is taken whole.
 */
function subFacts(file: CollectedFile, needed: (index: number) => boolean, line: PartsLine | undefined, parts: CacheParts): FileFacts[] {
  if (file.facts) return [file.facts];
  if (!line) cannotTell();
  const base = { path: file.path, decoded: file.summary.decoded, problems: [], findings: [] };
  if (line.facets.some((_, i) => needed(i))) {
    const values = (parts.facts(line) ?? cannotTell()).values;
    return [{ ...base, values: values.map((value, i) => (needed(i) || line.facets[i] === null ? value : null)) }];
  }
  const values: unknown[] = line.facets.map(() => null);
  for (const [i, value] of parts.others(line) ?? cannotTell()) values[i] = value;
  return [{ ...base, values }];
}
