import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { makeFolders } from '../util/make-folders.js';

/**
 * Writes the catalogue folder all or nothing: every file goes into a staging folder beside `out`,
 * which then takes `out`'s place (the previous folder, with --force, is removed only after). An
 * interrupted or failed import leaves `out` as it was — never half a catalogue.
 */
export function writeCatalogueFolder(out: string, files: ReadonlyMap<string, string>): void {
  const target = resolve(out);
  const staging = `${target}.powercat-import-${process.pid}`;
  const previous = `${target}.powercat-previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    makeFolders(staging);
    const folders = new Set<string>();
    for (const [path, content] of files) {
      const file = join(staging, path);
      const folder = dirname(file);
      if (!folders.has(folder)) {
        makeFolders(folder);
        folders.add(folder);
      }
      writeFileSync(file, content);
    }
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
  } catch (error) {
    if (!existsSync(target) && existsSync(previous)) renameSync(previous, target);
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
}
