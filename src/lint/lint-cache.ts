import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { CacheParts, partsLine } from './cache-parts.js';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../util/write-atomic.js';
import { reasonOf } from '../core/file-reasons.js';
import type { LocalizedText } from '../core/messages.js';
import { CacheIndex, CacheProblem, type CachedFile } from './cache-index.js';
import type { DocumentFacets, FileFacts, FileSummary } from './file-facts.js';
import type { FileStamp } from './file-tasks.js';
import type { FindingData } from './finding-data.js';
import type { StatStamp } from './stat-stamps.js';

const FORMAT = 'powercat-lint-cache';
const FORMAT_VERSION = 3;

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
 *   the findings of the file rules — all a re-lint needs when the catalogue rules' input is the
 *   same (cache-index.ts); sorted by path, and written whole when it changes;
 * - `<id>.values.jsonl`: per file its facet keys, its documents of other kinds than Power apart,
 *   and its facts (the documents as the catalogue rules see them), read only when the catalogue
 *   rules have to run again;
 * - `<id>.parts.jsonl`: per file where its values line (and its other documents in it) is, with
 *   its facts hash and facet keys: what a partial rerun (rerun-part.ts) searches;
 * - `<id>.catalogue.json`: the catalogue rules' findings, the fingerprint of the facts they were
 *   found in, the files with other documents, and the stamp of the index file they go with.
 * The values and parts files get the lines of files read again appended (a later line replaces an
 * earlier one) and are rewritten when they hold more old lines than current ones (the index's
 * header counts the values lines). The index, as read, is the state of the last lint.
 */
export class LintCache {
  private index = new CacheIndex();
  private readonly addedValues: ValuesWritten[] = [];
  private readonly newValues = new Map<string, ValuesWritten>();
  /** Lines in the values file, as the index's header counts them. */
  private valuesLines = 0;
  private fresh = true;
  private catalogue: CatalogueEntry | undefined;
  private catalogueChanged = false;
  /** The stamp of the index file as read (indexStamp). */
  private indexRead: string | undefined;
  /** The values file, open while the parts' facts may be read (until save). */
  private valuesFd: number | undefined;

  private readonly header: string;

  private constructor(
    private readonly base: string,
    private readonly key: string,
  ) {
    this.header = JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key });
  }

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
    const cache = new LintCache(base, key);
    try {
      cache.indexRead = indexStamp(`${base}.index.jsonl`);
      const read = cache.readLines(`${base}.index.jsonl`);
      if (!read) return { cache };
      cache.index = new CacheIndex(read.body, read.bytes);
      cache.valuesLines = typeof read.head.values === 'number' ? read.head.values : Infinity;
      cache.fresh = false;
      cache.catalogue = cache.readCatalogue();
    } catch (error) {
      cache.index = new CacheIndex();
      cache.fresh = true;
      const why = reason(error);
      return {
        cache,
        note: { 'zh-CN': `已忽略 lint 缓存 ${base}.*：${why['zh-CN']}；将重新写入`, en: `ignored the lint cache ${base}.*: ${why.en}; it is written afresh` },
      };
    }
    return { cache };
  }

  /**
   * The cached summary and hash when the file's stamp is the cached one (and was not taken too
   * close to a change to tell); the file is then kept as the cache has it. A file not stamped yet
   * is stamped (`stat` called) only when the cache has it. Asked in the walk's order, each is found at once.
   */
  unchanged(path: string, stat: StatStamp | (() => StatStamp | undefined)): CachedFile | undefined {
    return this.index.unchanged(path, stat);
  }

  /** The content hash the cache has of the file (undefined: none). */
  hash(path: string): string | undefined {
    return this.index.hash(path);
  }

  /** The file's bytes are as the cache has them: its summary; a new stamp (touched since) is recorded. */
  keep(path: string, stamp: FileStamp): FileSummary {
    return this.index.keep(path, stamp);
  }

  /** Records a file's new facts; without a stamp (not read whole) or JSON (facts JSON cannot carry) the file is left out. */
  set(path: string, stamp: FileStamp | undefined, summary: FileSummary, values: { json: string; facets: DocumentFacets; others: string } | undefined): void {
    if (stamp && values && summary.factsHash !== undefined) {
      this.index.put(path, stamp, summary);
      const written = valuesWritten(path, summary.factsHash, values.facets, values.others, values.json);
      this.addedValues.push(written);
      this.newValues.set(path, written);
    } else if (this.index.hash(path) !== undefined) {
      this.index.drop(path);
      // Its values and parts lines would otherwise still be found: both are written afresh.
      this.fresh = true;
    }
  }

  /** The facts of the given files (path: facts hash) as the values file holds them, for those whose facts hash is the given one. */
  values(wanted: ReadonlyMap<string, string | undefined>): Map<string, FileFacts> {
    const found = new Map<string, FileFacts>();
    let lines: string[] | undefined;
    try {
      lines = this.fresh ? [] : this.valuesFileLines();
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
      if (facts && wanted.has(facts.path) && wanted.get(facts.path) === hash) found.set(facts.path, facts);
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
    return this.fresh ? undefined : this.index.lastHash(path);
  }

  /** The files whose facts changed since the last lint (new ones among them), and those gone; undefined for a cache written afresh. */
  changesSinceLast(): { changed: readonly string[]; gone: string[] } | undefined {
    if (this.fresh || this.index.lastCount === 0) return undefined;
    return { changed: [...this.index.changed], gone: this.index.gone() };
  }

  /** The parts file as the last lint left it, with the values file open to read facts from (until save). Undefined when it cannot be read. */
  parts(): CacheParts | undefined {
    try {
      if (this.fresh) return undefined;
      const text = readText(`${this.base}.parts.jsonl`);
      const newline = text.indexOf('\n');
      if (newline < 0 || !text.endsWith('\n') || JSON.parse(text.slice(0, newline)).key !== this.key) return undefined;
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
    const valuesLines = this.valuesLines + this.addedValues.length;
    const rewrite = this.fresh || valuesLines > 2 * this.index.used + 100;
    try {
      if (rewrite) {
        const current = this.index.paths();
        // Values of files that were not read again come from the old values file.
        const old = this.fresh ? [] : this.valuesFileLines();
        const values = new Map<string, ValuesWritten | string>(old.map((line) => [pathOfValuesLine(line), line]));
        for (const [path, written] of this.newValues) values.set(path, written);
        const lines = current.flatMap((path) => {
          const value = values.get(path);
          return value === undefined ? [] : [typeof value === 'string' ? writtenOf(path, value) : value];
        });
        writeFileAtomic(`${this.base}.values.jsonl`, [this.header, ...lines.map((w) => w.line), ''].join('\n'));
        writeFileAtomic(`${this.base}.parts.jsonl`, [this.header, ...partsLines(lines, Buffer.byteLength(this.header) + 1), ''].join('\n'));
        this.writeIndex(this.index.pieces(), lines.length);
      } else if (this.index.modified) {
        // Values first, then where they are: an index line never points at values that are not written.
        const valuesFile = `${this.base}.values.jsonl`;
        const end = statSync(valuesFile).size;
        appendFileSync(valuesFile, this.addedValues.map((w) => w.line + '\n').join(''));
        appendFileSync(`${this.base}.parts.jsonl`, partsLines(this.addedValues, end).map((line) => line + '\n').join(''));
        this.writeIndex(this.index.pieces(), valuesLines);
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

  /** The index (its lines, each ending in a newline), with the number of lines in the values file in its header. */
  private writeIndex(lines: readonly Uint8Array[], valuesLines: number): void {
    writeFileAtomic(`${this.base}.index.jsonl`, [Buffer.from(`${JSON.stringify({ ...JSON.parse(this.header), values: valuesLines })}\n`), ...lines]);
  }

  private valuesFileLines(): string[] {
    return (this.readLines(`${this.base}.values.jsonl`)?.body.split('\n') ?? []).filter((line) => line !== '');
  }

  /** The header and the lines after it (each ending in a newline), or undefined when the file is missing or was written under another key. */
  private readLines(file: string): { head: Record<string, unknown>; body: string; bytes: Uint8Array } | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    const text = bytes.toString(); // as readText does
    const newline = text.indexOf('\n');
    const head = JSON.parse(newline < 0 ? text : text.slice(0, newline)) as Record<string, unknown>;
    checkHeader(head);
    if (head.key !== this.key) return undefined;
    if (!text.endsWith('\n')) throw new CacheProblem({ 'zh-CN': '文件不完整', en: 'it is cut short' });
    // The header is ASCII: its length in characters is its length in bytes.
    return { head, body: text.slice(newline + 1), bytes: bytes.subarray(newline + 1) };
  }

  private readCatalogue(): CatalogueEntry | undefined {
    let entry: { header?: { key?: unknown }; fingerprint?: unknown; findings?: unknown; context?: unknown; index?: unknown };
    try {
      entry = JSON.parse(readText(`${this.base}.catalogue.json`));
    } catch {
      return undefined; // the catalogue rules run again
    }
    checkHeader(entry.header);
    if (entry.header?.key !== this.key || typeof entry.fingerprint !== 'string' || !Array.isArray(entry.findings)) return undefined;
    const context = Array.isArray(entry.context) && entry.context.every((path) => typeof path === 'string') ? { context: entry.context as string[] } : {};
    return { fingerprint: entry.fingerprint, findings: entry.findings as FindingData[], ...context, ...(typeof entry.index === 'string' && { index: entry.index }) };
  }
}

/**
 * A cache file as text. Node 20's `readFileSync(file, 'utf8')` took twice as long as reading the
 * bytes and decoding them (an 8 MB index: 112–132 ms against 55 ms).
 */
function readText(file: string): string {
  return readFileSync(file).toString();
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
