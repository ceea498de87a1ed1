import { join } from 'node:path';
import { discoverFiles } from './discover.js';
import { CATALOGUE_FILE } from './find-root.js';
import { readSourceFile, type ReadLimits } from './read-file.js';
import { DEFAULT_PARSE_LIMITS } from './reference-parse.js';
import type { SourceFile } from './source.js';

export interface LoadSettings extends ReadLimits {
  exclude: readonly string[];
  /** Paths left out like `exclude`, but as written rather than globs: the upstream lists (FORMAT §6). */
  excludedPaths?: readonly string[];
}

export interface LoadedFiles {
  root: string;
  /** `powercat.yaml` first, then every other file in a stable order. */
  files: SourceFile[];
}

/**
 * Reads `powercat.yaml` first, because its settings (exclude globs, the file size limit) decide
 * how the rest is read, then every other catalogue file.
 */
export async function loadCatalogueFiles(
  root: string,
  settingsFrom: (catalogueFile: SourceFile) => LoadSettings,
): Promise<LoadedFiles> {
  const catalogueFile = readSourceFile(join(root, CATALOGUE_FILE), { maxFileBytes: DEFAULT_MAX_FILE_BYTES, ...DEFAULT_PARSE_LIMITS });
  const settings = settingsFrom(catalogueFile);
  const relative = await discoverFiles(root, settings.exclude, settings.excludedPaths);
  const others = relative
    .filter((rel) => rel !== CATALOGUE_FILE)
    .map((rel) => readSourceFile(join(root, rel), settings));
  return { root, files: [catalogueFile, ...others] };
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
