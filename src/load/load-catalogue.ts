import { join } from 'node:path';
import { discoverFiles } from './discover.js';
import { CATALOGUE_FILE } from './find-root.js';
import { readSourceFile } from './read-file.js';
import type { SourceFile } from './source.js';

export interface LoadSettings {
  maxFileBytes: number;
  exclude: readonly string[];
}

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

/** `powercat.yaml`, read first: its settings (exclude globs, the file size limit) decide how the rest is read. */
export function readCatalogueFile(root: string): SourceFile {
  return readSourceFile(join(root, CATALOGUE_FILE), DEFAULT_MAX_FILE_BYTES);
}

/**
 * Every file of the catalogue, relative to the root: `powercat.yaml` first (excluded or not), then
 * the others in a stable order. `onFile` hears of each as soon as it is found.
 */
export function catalogueFilePaths(root: string, settings: LoadSettings, onFile: (path: string, absolute: string) => void = () => {}): string[] {
  const others = discoverFiles(root, settings.exclude, (path, absolute) => {
    if (path !== CATALOGUE_FILE) onFile(path, absolute);
  }).filter((path) => path !== CATALOGUE_FILE);
  onFile(CATALOGUE_FILE, join(root, CATALOGUE_FILE));
  return [CATALOGUE_FILE, ...others];
}
