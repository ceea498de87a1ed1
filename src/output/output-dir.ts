import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { OUTPUT_MARKER } from '../load/discover.js';
import { UsageError } from '../core/errors.js';
import { hasEnded, removeLeftovers } from '../util/leftovers.js';
import { BuildState, stampOf, type FileStamp, type UnitRecord } from './build-state.js';

export type FileContent = string | Uint8Array;

/** The files the units before have written, in the folder being written (paths relative to it, `/`-separated). */
export interface WrittenFiles {
  dir: string;
  paths: readonly string[];
}

/** Files that are produced together and are reused together. */
export interface OutputUnit {
  name: string;
  /** Changes whenever the files could. Without a key the unit is always produced. */
  key?: string;
  /** Where its time is counted (e.g. pages, search index). */
  group: string;
  /** Made from the bytes of every other unit's files (a manifest of them): produced after all of them, never reused. */
  last?: boolean;
  produce(written: WrittenFiles): ReadonlyMap<string, FileContent> | Promise<ReadonlyMap<string, FileContent>>;
}

/** What the marker file in every output folder says (a site's manifest does not list the marker). */
export const OUTPUT_MARKER_TEXT = 'Written by powercat. This folder is replaced as a whole on every run.\n';

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
 * Replaces the site in `out` with exactly the units' files, all or nothing, and so that `out`
 * always holds a complete site, even when the run is killed at any moment. `out` is a symbolic
 * link to a version folder beside it (`out.powercat-site-<pid>-<hex>`): the new version is written
 * beside the current one and the link is replaced by a new one with a single rename(2), which
 * is atomic; only then is the old version removed. A unit whose key matches the previous build,
 * with its files untouched since, is hard-linked (or copied) from the previous version instead of
 * produced again. What a killed run left beside `out` is removed by the next run (`tidyOutput`).
 * `out` belongs to powercat (a marker file in it); a non-empty folder without the marker is never touched.
 */
export async function writeOutput(out: string, units: readonly OutputUnit[], options: WriteOptions = {}): Promise<WriteStats> {
  const target = resolve(out);
  checkTarget(out, target, options.protect ?? []);
  tidyOutput(target);
  const state = BuildState.read(options.stateDir, target);
  const version = `${target}.powercat-site-${process.pid}-${randomBytes(4).toString('hex')}`;
  const stats: WriteStats = { produced: 0, reused: 0, seconds: {} };
  const written = new Map<string, UnitRecord>();
  try {
    mkdirSync(version, { recursive: true });
    // first, so that a catalogue search never reads a version being written
    writeFileSync(join(version, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    const paths: string[] = [];
    const ordered = [...units.filter((unit) => !unit.last), ...units.filter((unit) => unit.last)];
    for (const [i, unit] of ordered.entries()) {
      const started = performance.now();
      const reusable = unit.last ? undefined : state.reusable(unit.name, unit.key, target);
      const files: Record<string, FileStamp> = {};
      if (reusable) {
        for (const path of reusable) files[path] = reuseFile(join(target, path), join(version, path));
        paths.push(...reusable);
        stats.reused++;
        stats.seconds.reused = (stats.seconds.reused ?? 0) + (performance.now() - started) / 1000;
      } else {
        for (const [path, content] of await unit.produce({ dir: version, paths })) {
          files[path] = writeFile(version, path, content);
          paths.push(path);
        }
        stats.produced++;
        stats.seconds[unit.group] = (stats.seconds[unit.group] ?? 0) + (performance.now() - started) / 1000;
      }
      if (unit.key !== undefined) written.set(unit.name, { key: unit.key, files });
      options.onProgress?.(i + 1, units.length);
    }
    swapIn(target, version);
  } catch (error) {
    rmSync(version, { recursive: true, force: true });
    throw error;
  }
  state.write(written);
  return stats;
}

/** Points `target` at `version` with one rename (of a new link over the old one) and removes what it held before. */
function swapIn(target: string, version: string): void {
  const link = `${target}.powercat-link-${process.pid}`;
  rmSync(link, { force: true });
  try {
    symlinkSync(basename(version), link, 'dir');
  } catch {
    // a file system without links (FAT, some network shares): the site itself is moved in
    return moveInPlace(target, version);
  }
  const before = lstatOf(target);
  // a real folder (an older powercat's output, or an empty one made by hand) cannot be replaced by a link in one step
  if (before?.isDirectory()) return moveInPlace(target, link);
  const old = before?.isSymbolicLink() ? readlinkSync(target) : undefined;
  renameSync(link, target);
  if (old !== undefined && siblingPattern(target).test(old)) rmSync(join(dirname(target), old), { recursive: true, force: true });
}

/** Two renames, `target` aside and `replacement` in: a kill between them leaves no `target`, which the next run puts back. */
function moveInPlace(target: string, replacement: string): void {
  const previous = `${target}.powercat-previous-${process.pid}`;
  const before = lstatOf(target);
  if (before !== undefined) renameSync(target, previous);
  renameSync(replacement, target);
  if (before !== undefined) rmSync(previous, { recursive: true, force: true });
}

/** A run killed between the two renames of `moveInPlace` left no `target`: the folder moved aside goes back. */
function recoverInterruptedMove(target: string): void {
  if (lstatOf(target) !== undefined) return;
  const pattern = siblingPattern(target);
  const dir = dirname(target);
  try {
    const previous = readdirSync(dir).find((name) => {
      const match = pattern.exec(name);
      return match?.groups?.kind === 'previous' && hasEnded(Number(match.groups.pid));
    });
    if (previous !== undefined) renameSync(join(dir, previous), target);
  } catch {
    // no such folder, or one this user may not change: writing the output will say so
  }
}

/** What powercat keeps beside `target`: versions, and a killed run's link, moved-aside folder or (before versions) staging folder. */
function siblingPattern(target: string): RegExp {
  const base = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${base}\\.powercat-(?<kind>site|link|previous|staging)-(?<pid>\\d+)(?:-[0-9a-f]{8})?$`);
}

/** The version `target` links to, if it is a link. */
function linkedVersion(target: string): string | undefined {
  try {
    return readlinkSync(target);
  } catch {
    return undefined;
  }
}

function lstatOf(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Repairs what runs killed mid-way left at `out`: a folder moved aside goes back, and their
 * unfinished versions and links beside it are removed (never the version `out` points to).
 */
export function tidyOutput(out: string): void {
  const target = resolve(out);
  recoverInterruptedMove(target);
  removeLeftovers(dirname(target), siblingPattern(target), (name) => name === linkedVersion(target));
}

/** `writeOutput` for files that are all produced already. */
export async function writeOutputDir(out: string, files: ReadonlyMap<string, FileContent>, protect: readonly string[] = []): Promise<void> {
  await writeOutput(out, [{ name: 'all', group: 'files', produce: () => files }], { protect });
}

function checkTarget(out: string, target: string, protect: readonly string[]): void {
  for (const path of protect) {
    const inside = relative(target, resolve(path));
    if (inside === '' || !inside.startsWith('..')) {
      throw new UsageError({ 'zh-CN': `--out ${out} 会把 ${path} 包含在内；请选一个在它之外的输出文件夹`, en: `--out ${out} would contain ${path}; choose an output folder outside it` });
    }
  }
  if (existsSync(target) && readdirSync(target).length > 0 && !existsSync(join(target, OUTPUT_MARKER))) {
    throw new UsageError({
      'zh-CN': `--out ${out} 不是空文件夹，也不是 powercat 写的（里面没有 ${OUTPUT_MARKER}）；请选一个空的或新的文件夹`,
      en: `--out ${out} is not empty and was not written by powercat (no ${OUTPUT_MARKER} in it); choose an empty or new folder`,
    });
  }
}

function writeFile(dir: string, path: string, content: FileContent): FileStamp {
  if (path.split('/').some((segment) => segment === '..' || segment === '')) throw new Error(`unsafe output path: ${path}`);
  const file = join(dir, path);
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
