import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { OUTPUT_MARKER } from '../load/discover.js';
import { UsageError } from '../core/errors.js';
import { BuildState, stampOf, type FileStamp, type UnitRecord } from './build-state.js';

export type FileContent = string | Uint8Array;

/** Files that are produced together and are reused together. */
export interface OutputUnit {
  name: string;
  /** Changes whenever the files could. Without a key the unit is always produced. */
  key?: string;
  /** Where its time is counted (e.g. pages, search index). */
  group: string;
  produce(): ReadonlyMap<string, FileContent> | Promise<ReadonlyMap<string, FileContent>>;
}

export interface WriteOptions {
  /** Folders the output must not contain (the catalogue). */
  protect?: readonly string[];
  /** Where the previous build's record is kept; without it, everything is produced. */
  stateDir?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface WriteStats {
  produced: number;
  reused: number;
  /** Seconds spent producing and writing, by unit group; reused units count as `reused`. */
  seconds: Record<string, number>;
}

/**
 * Replaces the folder `out` with exactly the units' files, all or nothing: everything goes into a
 * staging folder beside it, which is swapped in at the end, so an interrupted or failed run leaves
 * the previous output as it was. A unit whose key matches the previous build, with its files
 * untouched since, is hard-linked (or copied) from the previous output instead of produced again.
 * `out` belongs to powercat (a marker file in it); a non-empty folder without the marker is never touched.
 */
export async function writeOutput(out: string, units: readonly OutputUnit[], options: WriteOptions = {}): Promise<WriteStats> {
  const target = resolve(out);
  checkTarget(out, target, options.protect ?? []);
  const state = BuildState.read(options.stateDir, target);
  const staging = `${target}.powercat-staging-${process.pid}`;
  const previous = `${target}.powercat-previous-${process.pid}`;
  const stats: WriteStats = { produced: 0, reused: 0, seconds: {} };
  const written = new Map<string, UnitRecord>();
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    for (const [i, unit] of units.entries()) {
      const started = performance.now();
      const reusable = state.reusable(unit.name, unit.key, target);
      const files: Record<string, FileStamp> = {};
      if (reusable) {
        for (const path of reusable) files[path] = reuseFile(join(target, path), join(staging, path));
        stats.reused++;
        stats.seconds.reused = (stats.seconds.reused ?? 0) + (performance.now() - started) / 1000;
      } else {
        for (const [path, content] of await unit.produce()) files[path] = writeFile(staging, path, content);
        stats.produced++;
        stats.seconds[unit.group] = (stats.seconds[unit.group] ?? 0) + (performance.now() - started) / 1000;
      }
      if (unit.key !== undefined) written.set(unit.name, { key: unit.key, files });
      options.onProgress?.(i + 1, units.length);
    }
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
  state.write(written);
  return stats;
}

/** `writeOutput` for files that are all produced already. */
export async function writeOutputDir(out: string, files: ReadonlyMap<string, FileContent>, protect: readonly string[] = []): Promise<void> {
  await writeOutput(out, [{ name: 'all', group: 'files', produce: () => files }], { protect });
}

function checkTarget(out: string, target: string, protect: readonly string[]): void {
  for (const path of protect) {
    const inside = relative(target, resolve(path));
    if (inside === '' || !inside.startsWith('..')) {
      throw new UsageError(`--out ${out} would contain ${path}; choose an output folder outside it`);
    }
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, OUTPUT_MARKER))) {
    throw new UsageError(`--out ${out} is not empty and was not written by powercat (no ${OUTPUT_MARKER} in it); choose an empty or new folder`);
  }
}

function writeFile(staging: string, path: string, content: FileContent): FileStamp {
  if (path.split('/').some((segment) => segment === '..' || segment === '')) throw new Error(`unsafe output path: ${path}`);
  const file = join(staging, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return stampOf(file)!;
}

/** A hard link shares the bytes already on disk; across devices or where links are refused, a copy. */
function reuseFile(from: string, to: string): FileStamp {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
  return stampOf(to)!;
}
