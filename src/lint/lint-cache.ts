import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { compareStrings } from '../core/compare.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import type { FileFacts } from './file-facts.js';
import type { FileStamp } from './file-tasks.js';

const FORMAT = 'powercat-lint-cache';
const FORMAT_VERSION = 1;

interface Entry {
  stamp: FileStamp;
  facts: FileFacts;
  /** The entry's line in the cache file: `[facts,stamp]`. */
  line: string;
}

/**
 * What the last lint of a catalogue found per file, keyed by the file's content hash, under a
 * key of everything else the facts depend on (powercat's code, `powercat.yaml`, the settings).
 *
 * One file per catalogue: a header line, then one JSON line `[facts,stamp]` per file. A run
 * appends the lines of the files it read again (a later line replaces an earlier one for the
 * same file), and rewrites the file only when it holds more old lines than current ones.
 */
export class LintCache {
  private readonly entries = new Map<string, Entry>();
  private readonly used = new Set<string>();
  private readonly added: string[] = [];
  private lines = 0;
  private fresh = true;

  private constructor(
    readonly file: string,
    private readonly header: string,
  ) {}

  /** `$XDG_CACHE_HOME/powercat/lint` (else ~/.cache/powercat/lint). */
  static defaultDir(env: Record<string, string | undefined>): string {
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'powercat', 'lint');
  }

  /** The cache file of a catalogue inside a cache folder: one per catalogue root. */
  static fileFor(dir: string, root: string): string {
    return join(dir, `${createHash('sha256').update(root).digest('hex').slice(0, 16)}.jsonl`);
  }

  /**
   * The cache in a file, empty when there is none or it was made under another key. A file that
   * is not a cache of this format (corrupt, cut short, someone else's) is ignored with a note.
   */
  static open(file: string, key: string): { cache: LintCache; note?: string } {
    const header = JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key });
    const cache = new LintCache(file, header);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return { cache }; // none yet
    }
    try {
      const newline = text.indexOf('\n');
      const head = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as { format?: unknown; version?: unknown; key?: unknown };
      if (head?.format !== FORMAT) throw new Error('it is not a powercat lint cache');
      if (head.version !== FORMAT_VERSION || head.key !== key) return { cache }; // another version or configuration: start afresh
      if (!text.endsWith('\n')) throw new Error('it is cut short');
      const lines = text.slice(newline + 1, -1).split('\n').filter((line) => line !== '');
      // One parse for all lines: much faster than one per line.
      const parsed = JSON.parse(`[${lines.join(',')}]`) as [FileFacts, FileStamp][];
      parsed.forEach((entry, i) => {
        const [facts, stamp] = Array.isArray(entry) ? entry : [];
        if (typeof facts?.path !== 'string' || typeof stamp?.hash !== 'string') throw new Error('an entry is malformed');
        cache.entries.set(facts.path, { stamp, facts, line: lines[i]! });
      });
      cache.lines = lines.length;
      cache.fresh = false;
    } catch (error) {
      cache.entries.clear();
      const reason = error instanceof SyntaxError ? 'it is not valid JSON' : error instanceof Error ? error.message : String(error);
      return { cache, note: `ignored the lint cache ${file}: ${reason}; it is written afresh` };
    }
    return { cache };
  }

  hasEntries(): boolean {
    return this.entries.size > 0;
  }

  get(path: string): { stamp: FileStamp; facts: FileFacts } | undefined {
    return this.entries.get(path);
  }

  /** Whether the file's stamp is the cached one (and was not taken too close to a change to tell). */
  unchanged(path: string, stamp: Omit<FileStamp, 'hash' | 'racy'> | undefined): boolean {
    const cached = this.entries.get(path)?.stamp;
    return cached !== undefined && stamp !== undefined && !cached.racy && sameStamp(cached, stamp);
  }

  /** The file is as the cache has it; a new stamp (same bytes, touched since) is recorded. */
  keep(path: string, stamp?: FileStamp): void {
    this.used.add(path);
    const entry = this.entries.get(path);
    if (!entry || !stamp || (sameStamp(entry.stamp, stamp) && entry.stamp.racy === stamp.racy)) return;
    const factsJson = entry.line.slice(1, entry.line.length - JSON.stringify(entry.stamp).length - 2);
    this.record(path, stamp, entry.facts, factsJson);
  }

  /** Records a file's new facts; without a stamp (a file not read whole) or JSON (facts JSON cannot carry) nothing is kept. */
  set(path: string, stamp: FileStamp | undefined, facts: FileFacts, factsJson: string | undefined): void {
    this.used.add(path);
    if (stamp && factsJson !== undefined) this.record(path, stamp, facts, factsJson);
    else if (this.entries.delete(path)) this.fresh = true; // an older line would otherwise come back
  }

  /** Writes what changed: appends the new lines, or rewrites the whole file when most of it is old. A cache that cannot be written is a note. */
  save(): string | undefined {
    const current = [...this.entries.keys()].filter((path) => this.used.has(path));
    const rewrite = this.fresh || this.lines + this.added.length > 2 * current.length + 100;
    if (!rewrite && this.added.length === 0) return undefined;
    try {
      if (rewrite) writeFileAtomic(this.file, [this.header, ...current.map((path) => this.entries.get(path)!.line), ''].join('\n'));
      else appendFileSync(this.file, this.added.join('\n') + '\n');
      return undefined;
    } catch (error) {
      return `could not write the lint cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    }
  }

  private record(path: string, stamp: FileStamp, facts: FileFacts, factsJson: string): void {
    const line = `[${factsJson},${JSON.stringify(stamp)}]`;
    this.entries.set(path, { stamp, facts, line });
    this.added.push(line);
  }
}

function sameStamp(a: Omit<FileStamp, 'hash' | 'racy'>, b: Omit<FileStamp, 'hash' | 'racy'>): boolean {
  return a.size === b.size && a.mtime === b.mtime && a.ctime === b.ctime && a.ino === b.ino;
}

/**
 * What powercat's own code is, for the cache key: its version, and the size and time of each of
 * its compiled files (a rebuild of a working copy changes the rules without changing the version).
 */
export function codeIdentity(version: string): string {
  const hash = createHash('sha256').update(version);
  const walk = (dir: URL): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareStrings(a.name, b.name))) {
      const url = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
      if (entry.isDirectory()) walk(url);
      else if (/\.[jt]sx?$/.test(entry.name)) {
        const stat = statSync(url);
        hash.update(`${url.pathname}\0${stat.size}\0${stat.mtimeMs}\n`);
      }
    }
  };
  walk(new URL('../', import.meta.url));
  return hash.digest('hex');
}
