import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf } from '../core/file-reasons.js';
import type { Words } from '../core/messages.js';
import { FORMAT_VERSIONS } from '../format/versions.js';
import { CATALOGUE_FILE } from '../load/find-root.js';
import { DEFAULT_MAX_FILE_BYTES, loadCatalogueFiles } from '../load/load-catalogue.js';
import { DEFAULT_PARSE_LIMITS } from '../load/reference-parse.js';
import { buildModel } from '../model/build-model.js';
import { listOf, recordOf } from '../model/read.js';
import { catalogueLevels, itemOf, type UpstreamItem } from './item.js';
import { upstreamPaths } from './paths.js';

/** The open-data format an upstream file must have: format 2 keeps the catalogue's structure (FORMAT §4). */
export const UPSTREAM_OPEN_DATA_VERSION = 2;

/** One version of an upstream list, read as data: never linted, no rule runs on it. */
export interface UpstreamVersion {
  form: 'folder' | 'file';
  items: readonly UpstreamItem[];
  /** The first item of each code. */
  byKey: ReadonlyMap<string, UpstreamItem>;
  /** SHA-256 of a pinned file's bytes (a folder cannot be pinned). */
  sha256: string | undefined;
}

export type SourceProblem =
  | { messageId: 'unreadable'; data: { reason: Words } }
  | { messageId: Simple; data: Record<string, never> }
  | { messageId: 'unknownVersion'; data: { version: string; known: string } };

type Simple = 'noCatalogueFile' | 'yamlFile' | 'notJson' | 'notOpenData' | 'openDataVersion1' | 'notCatalogueKind';

export type SourceRead = { ok: true; version: UpstreamVersion } | { ok: false; problem: SourceProblem };

/**
 * Reads a catalogue folder or an open-data `catalogue.json`; whatever goes wrong is a problem,
 * never a throw. A file's SHA-256 is computed only when it is pinned.
 */
export async function readUpstreamSource(path: string, pinned: boolean): Promise<SourceRead> {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return await readFolder(path);
    if (stat.isFile()) return readOpenData(path, pinned);
    return problem('notCatalogueKind');
  } catch (error) {
    return { ok: false, problem: { messageId: 'unreadable', data: { reason: words(reasonOf(error)) } } };
  }
}

/** A catalogue folder (e.g. the upstream's repository as a git submodule): loaded as lint loads one, with its own `exclude`. */
async function readFolder(root: string): Promise<SourceRead> {
  if (!existsSync(join(root, CATALOGUE_FILE))) return problem('noCatalogueFile');
  const { files } = await loadCatalogueFiles(root, (catalogueFile) => {
    const catalogue = catalogueFile.documents.find((d) => d.kind === 'Catalogue')?.value;
    const exclude = listOf(recordOf(catalogue)?.exclude).filter((g): g is string => typeof g === 'string');
    return { exclude, excludedPaths: upstreamPaths(catalogue), maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS };
  });
  const model = buildModel(root, files);
  if (!model.catalogue) {
    const unreadable = files[0]!.problems.find((p) => p.messageId === 'unreadable');
    if (unreadable) return { ok: false, problem: { messageId: 'unreadable', data: { reason: words(reasonOf({ code: unreadable.data.reason })) } } };
    return problem('noCatalogueFile');
  }
  const formatVersion = model.catalogue.data.formatVersion;
  if (formatVersion !== undefined && !(FORMAT_VERSIONS as readonly unknown[]).includes(formatVersion)) {
    return { ok: false, problem: { messageId: 'unknownVersion', data: { version: String(formatVersion), known: FORMAT_VERSIONS.join(', ') } } };
  }
  const levels = catalogueLevels(model.catalogue.data.level);
  const items = model.powers.flatMap((power) => itemOf(power.data, levels, power) ?? []);
  return { ok: true, version: versionOf('folder', items, undefined) };
}

/** Open data as `powercat build` writes it (data/catalogue.json, format 2). */
function readOpenData(path: string, pinned: boolean): SourceRead {
  const bytes = readFileSync(path);
  let document: unknown;
  try {
    if (!isUtf8(bytes)) return problem('notJson');
    const text = bytes.toString('utf8');
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return problem(/\.ya?ml$/i.test(path) ? 'yamlFile' : 'notJson');
  }
  const data = recordOf(document);
  if (!data || !Array.isArray(data.powers) || data.formatVersion === undefined) return problem('notOpenData');
  if (data.formatVersion === 1) return problem('openDataVersion1');
  if (data.formatVersion !== UPSTREAM_OPEN_DATA_VERSION) {
    return { ok: false, problem: { messageId: 'unknownVersion', data: { version: String(data.formatVersion), known: String(UPSTREAM_OPEN_DATA_VERSION) } } };
  }
  const levels = catalogueLevels(recordOf(data.catalogue)?.level);
  const items: UpstreamItem[] = [];
  for (const power of data.powers) {
    const item = itemOf(power, levels);
    if (item) items.push(item);
  }
  return { ok: true, version: versionOf('file', items, pinned ? createHash('sha256').update(bytes).digest('hex') : undefined) };
}

function versionOf(form: UpstreamVersion['form'], items: UpstreamItem[], sha256: string | undefined): UpstreamVersion {
  const byKey = new Map<string, UpstreamItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  return { form, items, byKey, sha256 };
}

function problem(messageId: Simple): SourceRead {
  return { ok: false, problem: { messageId, data: {} } };
}

const words = (text: { 'zh-CN': string; en: string }): Words => ({ zh: text['zh-CN'], en: text.en });
