import type { LocalizedText } from '../core/messages.js';
import type { FileSummary } from './file-facts.js';
import type { PlacedFinding } from './to-diagnostic.js';
import type { FileStamp } from './file-tasks.js';
import type { StatStamp } from './stat-stamps.js';

/** A file's entry in the index: its stamp, what the lint keeps of it, and its line as written. */
interface IndexEntry {
  /** The content hash of the file as stamped. */
  hash: string;
  /** Its size, times and inode as the line writes them (stampText): compared as text, never parsed. */
  stat: string;
  /** Stamped so shortly after a change that the stamp cannot be trusted (FileStamp.racy). */
  racy: boolean;
  summary: FileSummary;
  line: string;
}

/** What a lint needs of an unchanged file: its summary, and the hash its cached places go with. */
export interface CachedFile {
  summary: FileSummary;
  hash: string;
}

/** An index that is not what this version of powercat writes, and why. */
export class CacheProblem extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

const MALFORMED: LocalizedText = { 'zh-CN': '有一条记录格式不对', en: 'an entry is malformed' };

/**
 * The lint cache's index: a line per file — its stamp (content hash, size, times, inode), the
 * hash of its facts, and its file rules' findings — sorted by path, and written whole whenever
 * it changes. Sorted, it is read in the order the walk lists the files: a file's line is the one
 * after the last file's, found without a map of 50,000 paths, and parsed only as far as the
 * stamp when the stamp is the file's (on 52,711 files, reading the index in a re-lint went from
 * 320–370 ms to 131–143 ms). A line is parsed whole only when a file changed. The lines as read
 * are the last lint's files.
 */
export class CacheIndex {
  /** Lines as read. */
  private readonly count: number;
  /** Where each line starts in the text, and where the text ends. */
  private readonly starts: Int32Array;
  /** Where each line's path ends (its closing quote); -1 for a path written with escapes. */
  private readonly pathEnds: Int32Array;
  /** The paths written with escapes, by line. */
  private readonly escaped = new Map<number, string>();
  private readonly parsed = new Map<number, IndexEntry | null>();
  /** The lines whose file this lint has seen. */
  private readonly seen: Uint8Array;
  /** Where each line starts in the bytes, and where they end (made when the index is written). */
  private byteStarts: Int32Array | undefined;
  /** Entries set in this run, by path (new files, files read again); null: the file is left out. */
  private readonly set = new Map<string, IndexEntry | null>();
  /** Where the next file's line probably is: files are asked for in the order of the walk. */
  private cursor = 0;
  /** Files of this run with an entry. */
  used = 0;
  /** Lines as read whose file this lint has seen. */
  lastSeen = 0;
  /** Files whose facts are not those of the last lint (new ones among them), as they are set. */
  readonly changed = new Set<string>();

  /**
   * The index of the file's lines after its header (each ending in a newline), as text and as
   * the bytes it was read from, checked to be sorted by path; throws a CacheProblem otherwise.
   * Lines are kept as places in the text, not as strings of their own: 100,000 strings kept
   * alive are copied by every young-generation GC until promoted.
   */
  constructor(
    private readonly body = '',
    private readonly bytes: Uint8Array = new Uint8Array(),
  ) {
    const starts: number[] = [];
    const pathEnds: number[] = [];
    let last: string | undefined;
    for (let start = 0; start < body.length; ) {
      const newline = body.indexOf('\n', start);
      const end = body.indexOf('"', start + 2);
      if (newline < 0 || body.charCodeAt(start) !== BRACKET || body.charCodeAt(start + 1) !== QUOTE || end < 0 || end > newline || body.charCodeAt(newline - 1) !== CLOSING) {
        throw new CacheProblem(MALFORMED);
      }
      let plain = true;
      for (let k = start + 2; k < end; k++) if (body.charCodeAt(k) === BACKSLASH) plain = false;
      const path = plain ? body.slice(start + 2, end) : pathOfJson(body.slice(start, newline));
      if (!plain) this.escaped.set(starts.length, path);
      if (last !== undefined && !(last < path)) throw new CacheProblem(MALFORMED);
      last = path;
      starts.push(start);
      pathEnds.push(plain ? end : -1);
      start = newline + 1;
    }
    this.count = starts.length;
    starts.push(body.length);
    this.starts = Int32Array.from(starts);
    this.pathEnds = Int32Array.from(pathEnds);
    this.seen = new Uint8Array(this.count);
  }

  /** Files in the index as read (the last lint's). */
  get lastCount(): number {
    return this.count;
  }

  /**
   * The cached summary and hash when the file's stamp is the cached one (and was not taken too
   * close to a change to tell); the file is then kept as the cache has it. A file not stamped
   * yet is stamped (`statOf` called) only when the index has it.
   */
  unchanged(path: string, statOf: StatStamp | (() => StatStamp | undefined)): CachedFile | undefined {
    const j = this.find(path);
    const stat = j < 0 ? undefined : typeof statOf === 'function' ? statOf() : statOf;
    if (!stat) return undefined;
    const text = stampText(stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino);
    const { body } = this;
    const pathEnd = this.pathEnds[j]!;
    const fields = !this.parsed.has(j) && pathEnd > 0 ? fieldsOf(body, pathEnd, this.starts[j + 1]! - 1) : undefined;
    let found: CachedFile | undefined;
    if (fields) {
      const { hashEnd, statEnd } = fields;
      if (statEnd - hashEnd - 4 !== text.length || !body.startsWith(text, hashEnd + 2) || body.charCodeAt(statEnd - 1) !== ZERO) return undefined;
      const summary = summaryOf(body, fields);
      found = summary && { summary, hash: body.slice(pathEnd + 3, hashEnd) };
    } else {
      const entry = this.entryAt(j);
      if (!entry || entry.racy || entry.stat !== text) return undefined;
      found = { summary: entry.summary, hash: entry.hash };
    }
    if (found) this.see(j);
    return found;
  }

  /** The file's bytes are as the cache has them: its summary; a new stamp (touched since) is recorded. */
  keep(path: string, stamp: FileStamp): FileSummary {
    const entry = this.entry(path)!;
    if (!this.set.has(path)) this.see(this.search(path));
    if (entry.stat !== stampText(stamp.size, stamp.mtime, stamp.ctime, stamp.ino) || entry.racy !== stamp.racy) this.put(path, stamp, entry.summary);
    return entry.summary;
  }

  /** Records a file's new stamp and summary. */
  put(path: string, stamp: FileStamp, summary: FileSummary): void {
    if (!this.isUsed(path)) this.used++;
    const j = this.search(path);
    if (j >= 0 && !this.seen[j]) {
      this.seen[j] = 1;
      this.lastSeen++;
    }
    if (this.lastHash(path) !== summary.factsHash) this.changed.add(path);
    this.set.set(path, { hash: stamp.hash, stat: stampText(stamp.size, stamp.mtime, stamp.ctime, stamp.ino), racy: stamp.racy, summary, line: indexLine(path, stamp, summary) });
  }

  /** Leaves the file out of the index (its facts cannot be cached). */
  drop(path: string): void {
    if (this.isUsed(path)) this.used--;
    this.set.set(path, null);
  }

  /** The content hash of the file's entry (undefined: none). */
  hash(path: string): string | undefined {
    return this.entry(path)?.hash;
  }

  /** A file's facts hash as the last lint left it (undefined: not in the last lint). */
  lastHash(path: string): string | undefined {
    const j = this.search(path);
    return j < 0 ? undefined : this.entryAt(j)?.summary.factsHash;
  }

  /** The last lint's files this lint has not seen. */
  gone(): string[] {
    const gone: string[] = [];
    if (this.lastSeen === this.count) return gone;
    for (let j = 0; j < this.count; j++) {
      const path = this.seen[j] ? undefined : this.pathAt(j);
      if (path !== undefined && !this.set.has(path)) gone.push(path);
    }
    return gone;
  }

  /** Whether anything is to be written: entries set, or files gone. */
  get modified(): boolean {
    return this.set.size > 0 || this.lastSeen !== this.count;
  }

  /**
   * The index as this run leaves it, in pieces: the bytes read, with the lines of files set in
   * this run put in (replacing their old lines, or where their paths sort) and those of files
   * gone left out. Written as bytes: an 8 MB string took 35–100 ms to write, its bytes 3 ms.
   */
  pieces(): Uint8Array[] {
    const starts = (this.byteStarts ??= this.body.length === this.bytes.length ? this.starts : this.bytesBefore());
    const edits: { at: number; end: number; line: string; path: string }[] = [];
    for (const [path, entry] of this.set) {
      const j = this.search(path);
      const line = entry ? `${entry.line}\n` : '';
      if (j >= 0) edits.push({ at: starts[j]!, end: starts[j + 1]!, line, path });
      else if (entry) edits.push({ at: starts[this.insertionPoint(path)]!, end: -1, line, path });
    }
    for (const path of this.gone()) {
      const j = this.search(path);
      edits.push({ at: starts[j]!, end: starts[j + 1]!, line: '', path });
    }
    // At one place, new lines go before the line they sort before (end -1), in path order.
    edits.sort((a, b) => a.at - b.at || a.end - b.end || (a.path < b.path ? -1 : 1));
    const pieces: Uint8Array[] = [];
    let from = 0;
    for (const { at, end, line } of edits) {
      pieces.push(this.bytes.subarray(from, at), Buffer.from(line));
      from = Math.max(from, end, at);
    }
    pieces.push(this.bytes.subarray(from));
    return pieces;
  }

  /** This run's files, in the index's order. */
  paths(): string[] {
    const kept: string[] = [];
    for (let j = 0; j < this.count; j++) if (this.seen[j]) kept.push(this.pathAt(j));
    const set = [...this.set].filter(([, entry]) => entry).map(([path]) => path);
    return [...new Set([...kept, ...set])].sort();
  }

  private entry(path: string): IndexEntry | undefined {
    const set = this.set.get(path);
    if (set !== undefined) return set ?? undefined;
    const j = this.search(path);
    return j < 0 ? undefined : this.entryAt(j);
  }

  private entryAt(j: number): IndexEntry | undefined {
    let entry = this.parsed.get(j);
    if (entry === undefined) {
      entry = readIndexLine(this.lineAt(j), this.pathEnds[j]! < 0 ? -1 : this.pathEnds[j]! - this.starts[j]!);
      this.parsed.set(j, entry);
    }
    return entry ?? undefined;
  }

  private lineAt(j: number): string {
    return this.body.slice(this.starts[j]!, this.starts[j + 1]! - 1);
  }

  private pathAt(j: number): string {
    return this.escaped.get(j) ?? this.body.slice(this.starts[j]! + 2, this.pathEnds[j]!);
  }

  /** Where each line starts in the bytes of a text that is not all ASCII. */
  private bytesBefore(): Int32Array {
    const starts = new Int32Array(this.count + 1);
    for (let j = 0; j < this.count; j++) starts[j + 1] = starts[j]! + Buffer.byteLength(this.lineAt(j)) + 1;
    return starts;
  }

  private see(j: number): void {
    if (j < 0 || this.seen[j]) return;
    this.seen[j] = 1;
    this.used++;
    this.lastSeen++;
  }

  private isUsed(path: string): boolean {
    const entry = this.set.get(path);
    if (entry !== undefined) return entry !== null;
    const j = this.search(path);
    return j >= 0 && this.seen[j] === 1;
  }

  /** The line of a file asked for in the walk's order: the one after the last file's, else found by its path. */
  private find(path: string): number {
    const j = this.isPathAt(this.cursor, path) ? this.cursor : this.search(path);
    if (j >= 0) this.cursor = j + 1;
    return j;
  }

  /** Whether line j is the path's (false for a path written with escapes: those are searched). */
  private isPathAt(j: number, path: string): boolean {
    const start = this.starts[j]! + 2;
    return j >= 0 && j < this.count && this.pathEnds[j]! - start === path.length && this.body.startsWith(path, start);
  }

  /** Where a path that is not in the index would go. */
  private insertionPoint(path: string): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.pathAt(mid) < path) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The path's line (-1: none); the line last found, which a changed file is asked about again, without a search. */
  private search(path: string): number {
    if (this.isPathAt(this.cursor - 1, path)) return this.cursor - 1;
    const j = this.insertionPoint(path);
    return j < this.count && this.pathAt(j) === path ? j : -1;
  }
}

/** An index line is a flat array: short to read back, for every file on every run. */
function indexLine(path: string, stamp: FileStamp, summary: FileSummary): string {
  return JSON.stringify([
    path, stamp.hash, stamp.size, stamp.mtime, stamp.ctime, stamp.ino, stamp.racy ? 1 : 0,
    summary.factsHash, summary.decoded ? 1 : 0, summary.documents, summary.findings,
  ]);
}

/** A stamp's size, times and inode as an index line has them: `JSON.stringify` of a number is its `String`. */
function stampText(size: number, mtime: number, ctime: number, ino: number): string {
  return `${size},${mtime},${ctime},${ino}`;
}

/** Where the fields of a line as indexLine writes it end (hash, stamp with racy, facts hash, counts). */
interface LineFields {
  hashEnd: number;
  statEnd: number;
  factsEnd: number;
  countsEnd: number;
  /** The line's end (its newline, or the end of the text). */
  lineEnd: number;
}

/**
 * The fields of a line as indexLine writes it — a path without escapes, findings after the
 * counts — found by their commas and quotes: for 50,000 files, half the time of parsing them as
 * JSON, and half the garbage. Undefined for a line of any other shape. (The hashes are base64:
 * no escapes.)
 */
function fieldsOf(line: string, pathEnd: number, lineEnd: number): LineFields | undefined {
  const hashEnd = line.indexOf('"', pathEnd + 3);
  const statEnd = line.indexOf(',"', hashEnd + 2);
  const factsEnd = line.indexOf('",', statEnd + 2);
  const countsEnd = line.indexOf(',', factsEnd + 4);
  const racy = line.charCodeAt(statEnd - 1);
  const decoded = line.charCodeAt(factsEnd + 2);
  if (
    !line.startsWith('","', pathEnd) ||
    Math.min(hashEnd, statEnd, factsEnd, countsEnd) < 0 ||
    countsEnd >= lineEnd ||
    line.charCodeAt(statEnd - 2) !== COMMA ||
    (racy !== ZERO && racy !== ONE) ||
    (decoded !== ZERO && decoded !== ONE) ||
    line.charCodeAt(factsEnd + 3) !== COMMA ||
    !isCount(line, factsEnd + 4, countsEnd)
  ) {
    return undefined;
  }
  return { hashEnd, statEnd, factsEnd, countsEnd, lineEnd };
}

/** The summary in a line of these fields; undefined when its findings are not a list. */
function summaryOf(line: string, { statEnd, factsEnd, countsEnd, lineEnd }: LineFields): FileSummary | undefined {
  const text = line.slice(countsEnd + 1, lineEnd - 1);
  let findings: unknown = NO_FINDINGS;
  if (text !== '[]') {
    try {
      findings = JSON.parse(text);
    } catch {
      return undefined;
    }
  }
  if (!Array.isArray(findings)) return undefined;
  return { factsHash: line.slice(statEnd + 2, factsEnd), decoded: line.charCodeAt(factsEnd + 2) === ONE, documents: Number(line.slice(factsEnd + 4, countsEnd)), findings };
}

/** An index line whole (null: malformed); lines of another shape than indexLine's are parsed as JSON and checked. */
function readIndexLine(line: string, pathEnd: number): IndexEntry | null {
  try {
    const fields = pathEnd > 0 ? fieldsOf(line, pathEnd, line.length) : undefined;
    const summary = fields && summaryOf(line, fields);
    if (fields && summary) {
      const { hashEnd, statEnd } = fields;
      return { hash: line.slice(pathEnd + 3, hashEnd), stat: line.slice(hashEnd + 2, statEnd - 2), racy: line.charCodeAt(statEnd - 1) === ONE, summary, line };
    }
    return fromJson(JSON.parse(line), line);
  } catch {
    return null;
  }
}

/** An index line parsed as JSON, checked (null: malformed). */
function fromJson(entry: unknown, line: string): IndexEntry | null {
  const [, hash, size, mtime, ctime, ino, racy, factsHash, decoded, documents, findings] = Array.isArray(entry) ? entry : [];
  if (typeof hash !== 'string' || typeof factsHash !== 'string' || typeof documents !== 'number' || !Array.isArray(findings)) return null;
  return { hash, stat: stampText(size, mtime, ctime, ino), racy: racy === 1, summary: { factsHash, decoded: decoded === 1, documents, findings }, line };
}

/** The path of a line whose path is written with escapes. */
function pathOfJson(line: string): string {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    throw new CacheProblem(MALFORMED);
  }
  if (!Array.isArray(entry) || typeof entry[0] !== 'string') throw new CacheProblem(MALFORMED);
  return entry[0];
}

/** The findings of every file without any: summaries read from the cache are never added to. */
const NO_FINDINGS: PlacedFinding[] = Object.freeze([]) as unknown as PlacedFinding[];
const BRACKET = 0x5b;
const CLOSING = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const ZERO = 0x30;
const ONE = 0x31;
const NINE = 0x39;

/** Whether the text between these places is a count (digits only). */
function isCount(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}
