import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { makeFolders } from '../util/make-folders.js';

/** A written file as the file system saw it: a copy edited or replaced since is not reused. */
export type FileStamp = readonly [size: number, mtimeMs: number, inode: number];

export interface UnitRecord {
  key: string;
  files: Record<string, FileStamp>;
}

/**
 * What the previous build wrote into an output folder, unit by unit. Kept in the cache folder, not
 * in the output, so the site stays byte-identical and holds nothing but the site.
 */
export class BuildState {
  private constructor(
    private readonly file: string | undefined,
    readonly units: ReadonlyMap<string, UnitRecord>,
  ) {}

  /** The state recorded for `out` (none when the cache folder is not given or unreadable). */
  static read(cacheDir: string | undefined, out: string): BuildState {
    if (cacheDir === undefined) return new BuildState(undefined, new Map());
    const file = join(cacheDir, 'builds', `${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 32)}.json`);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { units?: Record<string, UnitRecord> };
      return new BuildState(file, new Map(Object.entries(parsed.units ?? {})));
    } catch {
      return new BuildState(file, new Map());
    }
  }

  /** The files of a unit whose key is unchanged and whose files are still exactly as written. */
  reusable(name: string, key: string | undefined, dir: string): string[] | undefined {
    const record = this.units.get(name);
    if (key === undefined || record === undefined || record.key !== key) return undefined;
    const paths = Object.keys(record.files);
    return paths.every((path) => sameStamp(stampOf(join(dir, path)), record.files[path])) ? paths : undefined;
  }

  /** Records the new build; a cache that cannot be written only costs the next build its reuse. */
  write(units: ReadonlyMap<string, UnitRecord>): void {
    if (this.file === undefined) return;
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      makeFolders(dirname(this.file));
      writeFileSync(temporary, JSON.stringify({ units: Object.fromEntries(units) }));
      renameSync(temporary, this.file);
    } catch {
      rmSync(temporary, { force: true });
    }
  }
}

export function stampOf(path: string): FileStamp | undefined {
  try {
    const stat = statSync(path);
    return stat.isFile() ? [stat.size, stat.mtimeMs, stat.ino] : undefined;
  } catch {
    return undefined;
  }
}

const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined) =>
  a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
