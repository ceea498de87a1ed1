import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { CacheParts, partsLine } from './cache-parts.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/write-atomic.js';
import { reasonOf } from '../core/file-reasons.js';
import type { LocalizedText } from '../core/messages.js';
import type { DocumentFacets, FileFacts, FileSummary } from './file-facts.js';
import type { FileStamp } from './file-tasks.js';
import type { FindingData } from './finding-data.js';
import type { StatStamp } from './stat-stamps.js';

const FORMAT = 'powercat-lint-cache';
const FORMAT_VERSION = 2;

interface IndexEntry {
  /** The content hash of the file as stamped. */
  hash: string;
  /** Its size, times and inode as the index line writes them (stampText): compared as text, never parsed. */
  stat: string;
  /** Stamped so shortly after a change that the stamp cannot be trusted (FileStamp.racy). */
  racy: boolean;
  summary: FileSummary;
  /** The entry's line in the index file. */
  line: string;
  /** The file is still there: its line is kept when the file is rewritten. */
  used: boolean;
  /** Its facts hash as the last lint left it (undefined: a file new since). */
  last: string | undefined;
}

/** What the cache keeps of the catalogue rules: their findings for one state of all files' facts. */
export interface CatalogueEntry {
  fingerprint: string;
  findings: FindingData[];
  /** The files with documents of other kinds than Power (DocumentFacets null), when known. */
  context?: string[];
  /** The stamp of the index file these findings go with (as the lint that found them left it). */
  index?: string;
}

/**
 * What the last lint of a catalogue found, in four files per catalogue under a key of
 * everything the results depend on besides the files (powercat's code, `powercat.yaml`, settings):
 * - `<id>.index.jsonl`: per file its stamp (content hash, size, times), the hash of its facts, and
 *   the findings of the file rules — all a re-lint needs when the catalogue rules' input is the same;
 * - `<id>.values.jsonl`: per file its facet keys, its documents of other kinds than Power apart,
 *   and its facts (the documents as the catalogue rules see them), read only when the catalogue
 *   rules have to run again;
 * - `<id>.parts.jsonl`: per file where its values line (and its other documents in it) is, with
 *   its facts hash and facet keys: what a partial rerun (rerun-part.ts) searches;
 * - `<id>.catalogue.json`: the catalogue rules' findings, the fingerprint of the facts they were
 *   found in, the files with other documents, and the stamp of the index file they go with.
 * The line files get the lines of files read again appended (a later line replaces an earlier one;
 * a file gone gets a line of its path alone in the index) and are rewritten when they hold more
 * old lines than current ones. So the index, as read, is the state of the last lint.
 */
export class LintCache {
  private readonly index = new Map<string, IndexEntry>();
  private used = 0;
  private readonly addedIndex: string[] = [];
  private readonly addedValues: ValuesWritten[] = [];
  private readonly newValues = new Map<string, ValuesWritten>();
  private lineCount = 0;
  private fresh = true;
  private catalogue: CatalogueEntry | undefined;
  private catalogueChanged = false;
  /** The stamp of the index file as read (indexStamp). */
  private indexRead: string | undefined;
  private lastCount = 0;
  /** Files of the last lint seen in this run. */
  private lastSeen = 0;
  /** Files whose facts are not those of the last lint (new ones among them), as they are set. */
  private readonly changed = new Set<string>();
  /** The values file, open while the parts' facts may be read (until save). */
  private valuesFd: number | undefined;

  private constructor(
    private readonly base: string,
    private readonly header: string,
  ) {}

  /** `$XDG_CACHE_HOME/powercat/lint` (else ~/.cache/powercat/lint). */
  static defaultDir(env: Record<string, string | undefined>): string {
    return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'powercat', 'lint');
  }

  /** The size of the index of the catalogue at `root` in a cache folder (0: none), before it is read. */
  static indexBytes(dir: string, root: string): number {
    return statSync(`${baseOf(dir, root)}.index.jsonl`, { throwIfNoEntry: false })?.size ?? 0;
  }

  /**
   * The cache of the catalogue at `root` in a cache folder, empty when there is none or it was
   * made under another key. Files that are not a cache of this format (corrupt, cut short,
   * someone else's) are ignored with a note.
   */
  static open(dir: string, root: string, key: string): { cache: LintCache; note?: LocalizedText } {
    const base = baseOf(dir, root);
    const cache = new LintCache(base, JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key }));
    try {
      cache.indexRead = indexStamp(`${base}.index.jsonl`);
      const lines = cache.readLines(`${base}.index.jsonl`);
      if (!lines) return { cache };
      for (const line of lines) {
        const [path, indexed] = readIndexLine(line);
        if (indexed) cache.index.set(path, indexed);
        else cache.index.delete(path);
      }
      cache.lineCount = lines.length;
      cache.lastCount = cache.index.size;
      cache.fresh = false;
      cache.catalogue = cache.readCatalogue();
    } catch (error) {
      cache.index.clear();
      cache.fresh = true;
      const why = reason(error);
      return {
        cache,
        note: { 'zh-CN': `已忽略 lint 缓存 ${base}.*：${why['zh-CN']}；将重新写入`, en: `ignored the lint cache ${base}.*: ${why.en}; it is written afresh` },
      };
    }
    return { cache };
  }

  hasEntries(): boolean {
    return this.index.size > 0;
  }

  get(path: string): Pick<IndexEntry, 'hash' | 'summary'> | undefined {
    return this.index.get(path);
  }

  /**
   * The cached summary when the file's stamp is the cached one (and was not taken too close to a
   * change to tell); the file is then kept as the cache has it.
   */
  unchanged(path: string, stat: StatStamp | undefined): FileSummary | undefined {
    const entry = this.index.get(path);
    if (!entry || !stat || entry.racy || entry.stat !== stampText(stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino)) return undefined;
    this.use(entry);
    return entry.summary;
  }

  /** The file's bytes are as the cache has them; a new stamp (touched since) is recorded. */
  keep(path: string, stamp: FileStamp): void {
    const entry = this.index.get(path)!;
    this.use(entry);
    if (entry.stat === stampText(stamp.size, stamp.mtime, stamp.ctime, stamp.ino) && entry.racy === stamp.racy) return;
    this.setIndex(path, stamp, entry.summary);
  }

  /** Records a file's new facts; without a stamp (not read whole) or JSON (facts JSON cannot carry) the file is left out. */
  set(path: string, stamp: FileStamp | undefined, summary: FileSummary, values: { json: string; facets: DocumentFacets; others: string } | undefined): void {
    if (stamp && values && summary.factsHash !== undefined) {
      this.setIndex(path, stamp, summary);
      const written = valuesWritten(path, summary.factsHash, values.facets, values.others, values.json);
      this.addedValues.push(written);
      this.newValues.set(path, written);
    } else if (this.index.has(path)) {
      if (this.index.get(path)!.used) this.used--;
      this.index.delete(path);
      this.fresh = true; // its older line would otherwise come back
    }
  }

  /** The facts of the given files as the values file holds them, for those whose facts hash is the indexed one. */
  values(paths: ReadonlySet<string>): Map<string, FileFacts> {
    const found = new Map<string, FileFacts>();
    let lines: string[] | undefined;
    try {
      lines = this.fresh ? [] : (this.readLines(`${this.base}.values.jsonl`) ?? []);
    } catch {
      lines = []; // the files it should have given are read again
    }
    let parsed: [string, unknown, unknown, FileFacts][] = [];
    try {
      // One parse for all lines; a later line for a file replaces an earlier one, and only values
      // whose facts hash is the index's are taken.
      parsed = JSON.parse(`[${lines.join(',')}]`) as [string, unknown, unknown, FileFacts][];
    } catch {
      parsed = [];
    }
    for (const [hash, , , facts] of parsed) {
      if (facts && paths.has(facts.path) && this.index.get(facts.path)?.summary.factsHash === hash) found.set(facts.path, facts);
    }
    return found;
  }

  /** The catalogue rules' findings when they were found in facts with this fingerprint. */
  catalogueFor(fingerprint: string): CatalogueEntry | undefined {
    return this.catalogue?.fingerprint === fingerprint ? this.catalogue : undefined;
  }

  /**
   * The catalogue rules' findings of the last lint, the fingerprint of the facts they were found
   * in, when the index as read is the one that lint left with them (not one a later lint, which
   * did not get to write its findings, appended to).
   */
  lastCatalogue(): CatalogueEntry | undefined {
    return !this.fresh && this.catalogue?.index !== undefined && this.catalogue.index === this.indexRead ? this.catalogue : undefined;
  }

  /** A file's facts hash as the last lint left it (undefined: not in the last lint). */
  lastHash(path: string): string | undefined {
    return this.fresh ? undefined : this.index.get(path)?.last;
  }

  /** The files whose facts changed since the last lint (new ones among them), and those gone; undefined for a cache written afresh. */
  changesSinceLast(): { changed: readonly string[]; gone: string[] } | undefined {
    if (this.fresh || this.lastCount === 0) return undefined;
    const gone = this.lastSeen === this.lastCount ? [] : [...this.index].filter(([, entry]) => entry.last !== undefined && !entry.used).map(([path]) => path);
    return { changed: [...this.changed], gone };
  }

  /** The parts file as the last lint left it, with the values file open to read facts from (until save). Undefined when it cannot be read. */
  parts(): CacheParts | undefined {
    try {
      if (this.fresh) return undefined;
      const text = readFileSync(`${this.base}.parts.jsonl`, 'utf8');
      const newline = text.indexOf('\n');
      if (newline < 0 || !text.endsWith('\n') || JSON.parse(text.slice(0, newline)).key !== JSON.parse(this.header).key) return undefined;
      this.valuesFd ??= openSync(`${this.base}.values.jsonl`, 'r');
      return new CacheParts(text.slice(newline), this.valuesFd);
    } catch {
      return undefined;
    }
  }

  setCatalogueFindings(entry: CatalogueEntry): void {
    this.catalogue = entry;
    this.catalogueChanged = true;
  }

  /** Writes what changed. A cache that cannot be written is a note, never a failed lint. */
  save(): LocalizedText | undefined {
    if (this.valuesFd !== undefined) closeSync(this.valuesFd);
    this.valuesFd = undefined;
    const rewrite = this.fresh || this.lineCount + this.addedIndex.length > 2 * this.used + 100;
    try {
      if (rewrite) {
        const current = [...this.index].filter(([, entry]) => entry.used).map(([path]) => path);
        // Values of files that were not read again come from the old values file.
        const old = this.fresh ? [] : (this.readLines(`${this.base}.values.jsonl`) ?? []);
        const values = new Map<string, ValuesWritten | string>(old.map((line) => [pathOfValuesLine(line), line]));
        for (const [path, written] of this.newValues) values.set(path, written);
        const lines = current.flatMap((path) => {
          const value = values.get(path);
          return value === undefined ? [] : [typeof value === 'string' ? writtenOf(path, value) : value];
        });
        writeFileAtomic(`${this.base}.values.jsonl`, [this.header, ...lines.map((w) => w.line), ''].join('\n'));
        writeFileAtomic(`${this.base}.parts.jsonl`, [this.header, ...partsLines(lines, Buffer.byteLength(this.header) + 1), ''].join('\n'));
        writeFileAtomic(`${this.base}.index.jsonl`, [this.header, ...current.map((path) => this.index.get(path)!.line), ''].join('\n'));
      } else {
        const gone = this.used === this.index.size ? [] : [...this.index].filter(([, entry]) => !entry.used).map(([path]) => JSON.stringify([path]));
        if (this.addedIndex.length + gone.length > 0) {
          // Values first, then where they are: an index line never points at values that are not written.
          const valuesFile = `${this.base}.values.jsonl`;
          const end = statSync(valuesFile).size;
          appendFileSync(valuesFile, this.addedValues.map((w) => w.line + '\n').join(''));
          appendFileSync(`${this.base}.parts.jsonl`, partsLines(this.addedValues, end).map((line) => line + '\n').join(''));
          appendFileSync(`${this.base}.index.jsonl`, [...this.addedIndex, ...gone].join('\n') + '\n');
        }
      }
      // The findings with the index they go with: written again whenever the index changed.
      const index = indexStamp(`${this.base}.index.jsonl`);
      if (this.catalogueChanged || rewrite || index !== this.indexRead) {
        writeFileAtomic(`${this.base}.catalogue.json`, JSON.stringify({ header: JSON.parse(this.header), ...this.catalogue, index }));
      }
      return undefined;
    } catch (error) {
      const why = reasonOf(error);
      return { 'zh-CN': `无法写入 lint 缓存 ${this.base}.*（${why['zh-CN']}）；本次检查结果不受影响`, en: `could not write the lint cache ${this.base}.* (${why.en}); the lint itself is not affected` };
    }
  }

  private use(entry: IndexEntry): void {
    if (!entry.used) this.counted(entry);
    entry.used = true;
  }

  private counted(entry: IndexEntry | undefined): void {
    this.used++;
    if (entry?.last !== undefined) this.lastSeen++;
  }

  private setIndex(path: string, stamp: FileStamp, summary: FileSummary): void {
    const old = this.index.get(path);
    const line = indexLine(path, stamp, summary);
    this.index.set(path, { hash: stamp.hash, stat: stampText(stamp.size, stamp.mtime, stamp.ctime, stamp.ino), racy: stamp.racy, summary, line, used: true, last: old?.last });
    if (!old?.used) this.counted(old);
    if (old?.last !== summary.factsHash) this.changed.add(path);
    this.addedIndex.push(line);
  }

  /** The lines after the header, or undefined when the file is missing or was written under another key. */
  private readLines(file: string): string[] | undefined {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const newline = text.indexOf('\n');
    checkHeader(JSON.parse(newline < 0 ? text : text.slice(0, newline)));
    if (JSON.parse(text.slice(0, newline)).key !== JSON.parse(this.header).key) return undefined;
    if (!text.endsWith('\n')) throw new CacheProblem({ 'zh-CN': '文件不完整', en: 'it is cut short' });
    return text
      .slice(newline + 1, -1)
      .split('\n')
      .filter((line) => line !== '');
  }

  private readCatalogue(): CatalogueEntry | undefined {
    let entry: { header?: { key?: unknown }; fingerprint?: unknown; findings?: unknown; context?: unknown; index?: unknown };
    try {
      entry = JSON.parse(readFileSync(`${this.base}.catalogue.json`, 'utf8'));
    } catch {
      return undefined; // the catalogue rules run again
    }
    checkHeader(entry.header);
    if (entry.header?.key !== JSON.parse(this.header).key || typeof entry.fingerprint !== 'string' || !Array.isArray(entry.findings)) return undefined;
    const context = Array.isArray(entry.context) && entry.context.every((path) => typeof path === 'string') ? { context: entry.context as string[] } : {};
    return { fingerprint: entry.fingerprint, findings: entry.findings as FindingData[], ...context, ...(typeof entry.index === 'string' && { index: entry.index }) };
  }
}

/** The cache files of a catalogue are this path with their endings. */
function baseOf(dir: string, root: string): string {
  return join(dir, createHash('sha256').update(root).digest('hex').slice(0, 16));
}

/** What tells one state of the index file from another: size, inode (a rewrite is a new file) and time. */
function indexStamp(file: string): string | undefined {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat && `${stat.size}:${stat.ino}:${stat.mtimeMs}`;
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

/**
 * An index line; a line of a path alone says the file is gone. Lines as indexLine writes them —
 * paths without escapes, findings after the counts — are read by their commas and quotes, the
 * stamp kept as its text: for 50,000 files, this took half the time of parsing them as JSON, and
 * made half the garbage. Any other line is parsed as JSON and checked.
 */
function readIndexLine(line: string): [string, IndexEntry | undefined] {
  const pathEnd = line.indexOf('"', 2);
  const hashEnd = line.indexOf('"', pathEnd + 3);
  const statEnd = line.indexOf(',"', hashEnd + 2);
  const factsEnd = line.indexOf('",', statEnd + 2);
  const countsEnd = line.indexOf(',', factsEnd + 4);
  const racy = line.charCodeAt(statEnd - 1);
  const decoded = line.charCodeAt(factsEnd + 2);
  const documents = line.slice(factsEnd + 4, countsEnd);
  const findings = line.slice(countsEnd + 1, -1);
  if (
    !line.startsWith('["') ||
    !line.startsWith('","', pathEnd) ||
    line.lastIndexOf('\\', factsEnd) >= 0 ||
    line.charCodeAt(statEnd - 2) !== COMMA ||
    (racy !== ZERO && racy !== ONE) ||
    (decoded !== ZERO && decoded !== ONE) ||
    line.charCodeAt(factsEnd + 3) !== COMMA ||
    !COUNT.test(documents) ||
    !line.endsWith(']')
  ) {
    return fromIndexLine(JSON.parse(line), line);
  }
  const summary = { factsHash: line.slice(statEnd + 2, factsEnd), decoded: decoded === ONE, documents: Number(documents), findings: findings === '[]' ? [] : JSON.parse(findings) };
  if (!Array.isArray(summary.findings)) return fromIndexLine(JSON.parse(line), line);
  return [line.slice(2, pathEnd), { hash: line.slice(pathEnd + 3, hashEnd), stat: line.slice(hashEnd + 2, statEnd - 2), racy: racy === ONE, summary, line, used: false, last: summary.factsHash }];
}

const COMMA = 0x2c;
const ZERO = 0x30;
const ONE = 0x31;
const COUNT = /^\d+$/;

/** An index line parsed as JSON, checked. */
function fromIndexLine(entry: unknown, line: string): [string, IndexEntry | undefined] {
  if (Array.isArray(entry) && entry.length === 1 && typeof entry[0] === 'string') return [entry[0], undefined];
  const [path, hash, size, mtime, ctime, ino, racy, factsHash, decoded, documents, findings] = Array.isArray(entry) ? entry : [];
  if (typeof path !== 'string' || typeof hash !== 'string' || typeof factsHash !== 'string' || !Array.isArray(findings)) {
    throw new CacheProblem({ 'zh-CN': '有一条记录格式不对', en: 'an entry is malformed' });
  }
  return [
    path,
    {
      hash,
      stat: stampText(size, mtime, ctime, ino),
      racy: racy === 1,
      summary: { factsHash, decoded: decoded === 1, documents, findings },
      line,
      used: false,
      last: factsHash,
    },
  ];
}

function checkHeader(head: unknown): void {
  const { format, version } = (head ?? {}) as { format?: unknown; version?: unknown };
  if (format !== FORMAT) throw new CacheProblem({ 'zh-CN': '不是 powercat 的 lint 缓存', en: 'it is not a powercat lint cache' });
  if (version !== FORMAT_VERSION) throw new CacheProblem({ 'zh-CN': `格式版本是 ${String(version)}，不是 ${FORMAT_VERSION}`, en: `it is of format version ${String(version)}, not ${FORMAT_VERSION}` });
}

/** A values line is `["<facts hash>",{"path":"<path>",…`: the path is read without parsing the line. */
function pathOfValuesLine(line: string): string {
  const start = line.indexOf('{"path":');
  if (start < 0) return '';
  const end = line.indexOf('","', start + 9);
  return end < 0 ? '' : (JSON.parse(line.slice(start + 8, end + 1)) as string);
}

/** A cache file that is not what this version of powercat writes, and why. */
class CacheProblem extends Error {
  constructor(readonly reason: LocalizedText) {
    super(reason.en);
  }
}

function reason(error: unknown): LocalizedText {
  if (error instanceof CacheProblem) return error.reason;
  if (error instanceof SyntaxError) return { 'zh-CN': '不是有效的 JSON', en: 'it is not valid JSON' };
  return reasonOf(error);
}

/** A values line as written: `["<facts hash>",<facets>,<others>,{"path":"<path>",…}]`, and where its others are in it. */
interface ValuesWritten {
  path: string;
  line: string;
  factsHash: string;
  facets: DocumentFacets;
  /** Byte offset and length of the others (othersJson) in the line. */
  others: [number, number];
}

function valuesWritten(path: string, factsHash: string, facets: DocumentFacets, others: string, factsJson: string): ValuesWritten {
  // The hash and the facet keys are ASCII: characters are bytes up to the others.
  const head = `[${JSON.stringify(factsHash)},${JSON.stringify(facets)},`;
  return { path, line: `${head}${others},${factsJson}]`, factsHash, facets, others: [head.length, Buffer.byteLength(others)] };
}

function writtenOf(path: string, line: string): ValuesWritten {
  const factsAt = line.indexOf(',{"path":');
  const [factsHash, facets] = JSON.parse(`${line.slice(0, factsAt)}]`) as [string, DocumentFacets];
  const head = `[${JSON.stringify(factsHash)},${JSON.stringify(facets)},`;
  return { path, line, factsHash, facets, others: [head.length, Buffer.byteLength(line.slice(head.length, factsAt))] };
}

/** The parts lines of values lines written one after the other from a byte offset. */
function partsLines(written: readonly ValuesWritten[], offset: number): string[] {
  return written.map(({ path, line, factsHash, facets, others }) => {
    const length = Buffer.byteLength(line);
    const part = partsLine({ path, factsHash, facets, offset, length, others: [offset + others[0], others[1]] });
    offset += length + 1;
    return part;
  });
}
