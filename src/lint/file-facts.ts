import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../load/decode.js';
import { kindOf, type LoadedDocument, type PositionedFile, type SourceFile, type SyntaxProblem } from '../load/source.js';
import { buildModel } from '../model/build-model.js';
import { facetKeysOf } from '../rules/facets.js';
import { powerKeysOf, type Rule, type RuleDescription } from '../rules/rule.js';
import type { RuleSettings } from './config.js';
import { enabledCatalogueRules, findingData, place } from './finding-data.js';
import { relativePath, targetFile, type PlacedFinding } from './to-diagnostic.js';

/**
 * What the lint keeps of one file: its documents as the catalogue-wide rules see them, its
 * reading problems and the findings of the file rules (rules whose scope is `file`). Plain
 * data, made in a worker or read from the cache.
 */
export interface FileFacts {
  /** Relative to the catalogue root, with forward slashes. */
  path: string;
  /** Whether the bytes were text (SourceFile.text is then defined). */
  decoded: boolean;
  /** Each document's value, with Power documents cut to the keys the catalogue rules read. */
  values: unknown[];
  problems: SyntaxProblem[];
  findings: PlacedFinding[];
  /** With the cache only: each document's facet keys. */
  facets?: DocumentFacets;
}

/**
 * Each document's facet keys (src/rules/facets.ts): a power's keys; null for a document of another
 * kind, which every run of a catalogue rule needs; none for a document of no kind.
 */
export type DocumentFacets = (string[] | null)[];

/** The documents of other kinds than Power, as `[[index, value], …]` JSON: what a catalogue rule needs of a file wherever it runs. */
export function othersJson(values: readonly unknown[], facets: DocumentFacets): string {
  return JSON.stringify(values.flatMap((value, i) => (facets[i] === null ? [[i, value]] : [])));
}

/** What a re-lint needs of a file when the catalogue rules need not run again: its facts without the values. */
export interface FileSummary {
  /** Hash of the facts' JSON but their findings (what the catalogue rules read); undefined for facts JSON cannot carry (NaN, ±Infinity, -0). */
  factsHash: string | undefined;
  decoded: boolean;
  /** Documents with a value. */
  documents: number;
  findings: PlacedFinding[];
}

export function summaryOf(facts: FileFacts, factsHash: string | undefined): FileSummary {
  return { factsHash, decoded: facts.decoded, documents: facts.values.filter((v) => v != null).length, findings: facts.findings };
}

/** What the file rules need besides the files: the root `powercat.yaml` and the settings. */
export interface FileCheckContext {
  root: string;
  rootFile: SourceFile;
  settings: RuleSettings;
  rules: readonly Rule[];
  knownRules: readonly RuleDescription<string>[];
  /** The Power keys the catalogue rules read; undefined: all of them. */
  powerKeys: ReadonlySet<string> | undefined;
  /** Whether to find each file's facet keys (for the cache). */
  facets: boolean;
}

/**
 * Runs the file rules on a batch of files, with the root `powercat.yaml` beside them as the
 * catalogue (a file rule's findings in a file depend only on it and on the root file, so the
 * batch gives the same findings as the whole catalogue would).
 */
export function checkFiles(context: FileCheckContext, files: readonly SourceFile[]): FileFacts[] {
  const { root, rootFile, settings } = context;
  const model = buildModel(root, [rootFile, ...files.filter((f) => f !== rootFile)]);
  const facts = new Map<SourceFile, FileFacts>(files.map((file) => [file, factsOf(context, file)]));
  const byPath = new Map(model.files.map((file) => [relativePath(root, file.path), file]));
  if (context.facets) {
    for (const [file, fileFacts] of facts) fileFacts.facets = file.documents.map((d) => (isOtherKind(d.kind) ? null : []));
    for (const power of model.powers) facts.get(power.doc.file)?.facets?.[power.doc.index]?.push(...facetKeysOf(power));
  }
  for (const rule of context.rules) {
    const setting = settings.get(rule.meta.id)!;
    if (rule.meta.scope !== 'file' || setting.level === 'off') continue;
    for (const finding of rule.check({ model, options: setting.options, knownRules: context.knownRules })) {
      // Placed here, while the files' text is at hand: a file rule points only into its file and powercat.yaml.
      facts.get(targetFile(finding.target))?.findings.push(place(findingData(root, rule, finding), (path) => byPath.get(path)!, () => undefined));
    }
  }
  return [...facts.values()];
}

/** A document the catalogue rules read in every part of the catalogue: the catalogue's, a department, a process … */
export function isOtherKind(kind: string | undefined): boolean {
  return kind !== undefined && kind !== 'Power';
}

function factsOf(context: FileCheckContext, file: SourceFile): FileFacts {
  return {
    path: relativePath(context.root, file.path),
    decoded: file.text !== undefined,
    values: file.documents.map((d) => projectValue(d.value, context.powerKeys)),
    problems: file.problems,
    findings: [],
  };
}

/** A Power document cut to the given keys (and its kind); any other value as it is. */
export function projectValue(value: unknown, powerKeys: ReadonlySet<string> | undefined): unknown {
  if (!powerKeys || kindOf(value) !== 'Power') return value;
  const projected: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'kind' || powerKeys.has(key)) projected[key] = field;
  }
  return projected;
}

/** The keys of Power documents the enabled catalogue rules read; undefined when one of them reads all. */
export function catalogueRulesPowerKeys(rules: readonly Rule[], settings: RuleSettings, withUpstream: boolean): Set<string> | undefined {
  const keys = new Set<string>();
  for (const { meta } of enabledCatalogueRules(rules, settings)) {
    if (meta.scope !== 'catalogue') continue;
    const read = powerKeysOf(meta, withUpstream);
    if (!read) return undefined;
    for (const key of read) keys.add(key);
  }
  return keys;
}

/**
 * The file as the main thread sees it, made from its facts: the documents are there; the text is
 * read again only if something asks for it (a finding to locate, a code frame to show).
 */
export function sourceFromFacts(root: string, facts: FileFacts): SourceFile {
  const file = lazySource(root, facts.path, facts.decoded);
  file.documents = facts.values.map((value, index): LoadedDocument => ({ file, index, value, kind: kindOf(value) }));
  file.problems = facts.problems;
  return file;
}

/** A file whose text is read only if something asks for it; its documents are not known. */
export function lazySource(root: string, path: string, decoded: boolean): SourceFile {
  return new LazyFile(join(root, path), decoded);
}

class LazyFile implements SourceFile {
  documents: LoadedDocument[] = [];
  problems: SyntaxProblem[] = [];
  positioned?: PositionedFile;
  private read: boolean;
  private textRead: string | undefined;

  constructor(
    readonly path: string,
    decoded: boolean,
  ) {
    this.read = !decoded;
  }

  get text(): string | undefined {
    if (!this.read) {
      this.read = true;
      this.textRead = readText(this.path);
    }
    return this.textRead;
  }
}

function readText(path: string): string | undefined {
  try {
    const decoded = decode(readFileSync(path));
    return decoded.ok ? decoded.text : undefined;
  } catch {
    return undefined;
  }
}
