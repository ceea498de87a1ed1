import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { blockParse } from './block-parse.js';
import { decode } from './decode.js';
import { fastParse, fastParseEligible } from './fast-parse.js';
import { offsetSpan, positionedParse, referenceParse, type ParseLimits } from './reference-parse.js';
import type { PositionedFile, SyntaxProblem } from './source.js';
import { kindOf, type SourceFile } from './source.js';

const AT_START = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/** What the yaml-syntax rule's options bound while a file is read and parsed. */
export interface ReadLimits extends ParseLimits {
  maxFileBytes: number;
}

/**
 * Synchronous on purpose: for thousands of small files it is faster than the thread pool. The
 * size is taken from the open file, so a file over the limit is never read into memory.
 */
export function readSourceFile(path: string, limits: ReadLimits): SourceFile {
  return sourceFromBytes(path, () => readBounded(path, limits.maxFileBytes), limits);
}

/**
 * A file whose bytes come from elsewhere (a git revision): `read` gives them, or their size when
 * that is over the limit, or throws as a read from disk would.
 */
export function sourceFromBytes(path: string, read: () => Uint8Array | number, limits: ReadLimits, cache?: ParseCache): SourceFile {
  const file: SourceFile = { path, text: undefined, documents: [], problems: [] };
  const maxBytes = limits.maxFileBytes;
  let bytes: Uint8Array;
  try {
    const got = read();
    if (typeof got === 'number') {
      const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
      return withProblem(file, { messageId: 'tooLarge', data: { size: mb(got), limit: mb(maxBytes) }, span: AT_START });
    }
    bytes = got;
  } catch (error) {
    return withProblem(file, unreadable(error));
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const { reason, line, column } = decoded.failure;
    return withProblem(file, { messageId: reason, data: {}, span: { line, column, endLine: line, endColumn: column + 1 } });
  }
  return parseSource(file, decoded.text, limits, cache);
}

/** The file's bytes, or its size when that is over the limit. */
export function readBounded(path: string, maxBytes: number): Buffer | number {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    const buffer = Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
      const n = readSync(fd, buffer, offset, size - offset, offset);
      if (n === 0) break;
      offset += n;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/**
 * The block parser where it can read the text, else js-yaml where it is known to agree with the
 * reference; the reference parse otherwise or on any error.
 * A lone CR is a line break in YAML 1.2, which `yaml` does not honour: it is read as LF (the same
 * length, so every offset stays), and the text kept for positions, suppressions and code frames
 * is that one.
 */
export function parseSource(file: SourceFile, raw: string, limits: ParseLimits, cache?: ParseCache): SourceFile {
  const text = raw.includes('\r') ? raw.replace(/\r(?!\n)/g, '\n') : raw;
  file.text = text;
  const limitsKey = `${limits.maxAliasExpansion} ${limits.maxDocuments}`;
  const known = cache?.get(text)?.get(limitsKey);
  if (known) {
    file.documents = known.values.map((value, index) => ({ file, index, value, kind: kindOf(value) }));
    file.problems = [...known.problems];
    file.positioned = known.positioned;
  } else {
    const fast = blockParse(text) ?? (fastParseEligible(text) ? fastParse(text) : undefined);
    if (fast) {
      file.documents = fast.map((value, index) => ({ file, index, value, kind: kindOf(value) }));
    } else {
      const reference = referenceParse(text, limits);
      file.positioned = reference.positioned;
      file.documents = reference.values.map((value, index) => ({ file, index, value, kind: kindOf(value) }));
      file.problems = reference.problems;
    }
    if (cache) {
      const byLimits = cache.get(text) ?? new Map();
      byLimits.set(limitsKey, { values: file.documents.map((d) => d.value), problems: [...file.problems], positioned: file.positioned });
      cache.set(text, byLimits);
    }
  }
  if (file.documents.length > limits.maxDocuments) keepFirstDocuments(file, text, limits.maxDocuments);
  return file;
}

/**
 * Parses by text (and the limits that bound parsing): two versions of a catalogue share the
 * parse of every file whose text they share (`powercat diff`). The parsed values are then shared
 * between the two models, so nothing may change them — nothing does.
 */
export type ParseCache = Map<string, Map<string, { values: unknown[]; problems: SyntaxProblem[]; positioned: PositionedFile | undefined }>>;

/** A file of more documents than the limit: the first ones are read, the rest left, with a finding where they begin. */
function keepFirstDocuments(file: SourceFile, text: string, limit: number): void {
  file.positioned ??= positionedParse(text);
  const documents = file.positioned.documents;
  const first = documents[Math.min(limit, documents.length - 1)];
  const start = first?.contents?.range?.[0] ?? first?.range[0] ?? 0;
  file.problems.push({
    messageId: 'tooManyDocuments',
    data: { count: file.documents.length, limit },
    span: offsetSpan(file.positioned, start, Math.min(text.length, start + 1)),
  });
  file.documents = file.documents.slice(0, limit);
}

function withProblem(file: SourceFile, problem: SyntaxProblem): SourceFile {
  file.problems.push(problem);
  return file;
}

function unreadable(error: unknown): SyntaxProblem {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return { messageId: 'unreadable', data: { reason: code }, span: AT_START };
}
