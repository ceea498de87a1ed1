import { join } from 'node:path';
import { discoverFiles } from './discover.js';
import { CATALOGUE_FILE } from './find-root.js';
import { readBounded, readSourceFile, sourceFromBytes, type ParseCache, type ReadLimits } from './read-file.js';
import { DEFAULT_PARSE_LIMITS } from './reference-parse.js';
import type { SourceFile } from './source.js';

export interface LoadSettings extends ReadLimits {
  exclude: readonly string[];
  /** Paths left out like `exclude`, but as written rather than globs: the upstream lists (FORMAT §6). */
  excludedPaths?: readonly string[];
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface LoadedFiles {
  root: string;
  /** `powercat.yaml` first, then every other file in a stable order. */
  files: SourceFile[];
}

/** `powercat.yaml`, read first: its settings (exclude globs, the file size limit) decide how the rest is read. */
export function readCatalogueFile(root: string): SourceFile {
  return readSourceFile(join(root, CATALOGUE_FILE), { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS });
}

/** Where a catalogue's files come from: its folder, or a git revision of it (src/diff/from-git.ts). */
export interface CatalogueTree {
  /** The YAML files FORMAT §1 selects, relative to the root with forward slashes, in code-unit order. */
  list(exclude: readonly string[], excludedPaths: readonly string[]): Promise<string[]>;
  /** A file's bytes, or its size when that is over `maxBytes`; throws when it cannot be read. */
  read(relative: string, maxBytes: number): Uint8Array | number;
}

export function folderTree(root: string): CatalogueTree {
  return { list: async (exclude, excludedPaths) => discoverFiles(root, exclude, excludedPaths), read: (relative, maxBytes) => readBounded(join(root, relative), maxBytes) };
}

/**
 * Every file of the catalogue, relative to the root: `powercat.yaml` first (excluded or not), then
 * the others in a stable order. `onFile` hears of each as soon as it is found, in that order.
 */
export function catalogueFilePaths(root: string, settings: LoadSettings, onFile: (path: string) => void = () => {}): string[] {
  const paths = [CATALOGUE_FILE];
  onFile(CATALOGUE_FILE);
  discoverFiles(root, settings.exclude, settings.excludedPaths ?? [], (path) => {
    if (path === CATALOGUE_FILE) return;
    paths.push(path);
    onFile(path);
  });
  return paths;
}

/**
 * Reads `powercat.yaml` first, because its settings (exclude globs, the file size limit) decide
 * how the rest is read, then every other catalogue file. Files are named by their path below
 * `root`, wherever the tree reads them from.
 */
export async function loadCatalogueFiles(
  root: string,
  settingsFrom: (catalogueFile: SourceFile) => LoadSettings,
  tree: CatalogueTree = folderTree(root),
  cache?: ParseCache,
): Promise<LoadedFiles> {
  const fromTree = (relative: string, limits: ReadLimits) => sourceFromBytes(join(root, relative), () => tree.read(relative, limits.maxFileBytes), limits, cache);
  const catalogueFile = fromTree(CATALOGUE_FILE, { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS });
  const settings = settingsFrom(catalogueFile);
  const relative = await tree.list(settings.exclude, settings.excludedPaths ?? []);
  const others = relative.filter((rel) => rel !== CATALOGUE_FILE).map((rel) => fromTree(rel, settings));
  return { root, files: [catalogueFile, ...others] };
}
