import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { OUTPUT_MARKER } from '../load/discover.js';
import { UsageError } from '../lint/errors.js';

/**
 * Replaces the folder `out` with exactly `files`, all or nothing: everything is written into a
 * staging folder beside it and swapped in at the end, so an interrupted or failed run leaves the
 * previous output as it was. `out` belongs to powercat (a marker file in it); a non-empty folder
 * without the marker is never touched.
 */
export function writeOutputDir(out: string, files: ReadonlyMap<string, string | Uint8Array>, protect: readonly string[] = []): void {
  const target = resolve(out);
  for (const path of protect) {
    const inside = relative(target, resolve(path));
    if (inside === '' || !inside.startsWith('..')) {
      throw new UsageError(`--out ${out} would contain ${path}; choose an output folder outside it`);
    }
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, OUTPUT_MARKER))) {
    throw new UsageError(`--out ${out} is not empty and was not written by powercat (no ${OUTPUT_MARKER} in it); choose an empty or new folder`);
  }
  const staging = `${target}.powercat-staging-${process.pid}`;
  const previous = `${target}.powercat-previous-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const [path, content] of files) {
      if (path.split('/').some((segment) => segment === '..' || segment === '')) throw new Error(`unsafe output path: ${path}`);
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    mkdirSync(staging, { recursive: true });
    writeFileSync(join(staging, OUTPUT_MARKER), 'Written by powercat. This folder is replaced as a whole on every run.\n');
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
