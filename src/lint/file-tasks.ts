import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../load/decode.js';
import { CATALOGUE_FILE } from '../load/find-root.js';
import { readCatalogueFile } from '../load/load-catalogue.js';
import { parseSource, readSourceFile, type ReadLimits } from '../load/read-file.js';
import type { SourceFile } from '../load/source.js';
import { RULES } from '../rules/index.js';
import type { RuleSetting } from './config.js';
import { checkFiles, othersJson, type DocumentFacets, type FileCheckContext, type FileFacts } from './file-facts.js';
import { jsonCarries } from './json-carries.js';
import { KNOWN_RULES } from './known-rules.js';

/** Everything a worker needs to check files as the main thread would: plain data. */
export interface FileCheckSetup {
  root: string;
  settings: [string, RuleSetting][];
  /** undefined: Power documents are kept whole. */
  powerKeys: string[] | undefined;
  limits: ReadLimits;
  /** Hash the bytes of each file read, for the cache. */
  hashing: boolean;
}

export interface FileTask {
  /** Relative to the root. */
  path: string;
  /** The hash the cache holds for this file: when the bytes still hash to it, the file is not parsed. */
  expect?: string;
  /** Where to read the content instead (the file as it was at a git ref); not with hashing. */
  from?: string;
}

/** How a file stood when it was read: what the cache compares a file with on the next run. */
export interface FileStamp {
  hash: string;
  size: number;
  /** Milliseconds, with their fraction. */
  mtime: number;
  ctime: number;
  ino: number;
  /** Changed so shortly before it was read that a later change may keep the same stamp: hash it again next time. */
  racy: boolean;
}

/**
 * A file as the cache has it, or its facts: as JSON (much faster to pass between threads and
 * ready for the cache), or as they are when JSON cannot carry them (NaN, ±Infinity, -0).
 */
export type TaskResult =
  | { path: string; unchanged: true; stamp: FileStamp }
  /** factsHash: only with hashing (for the cache). */
  /** facets, others (othersJson): only with hashing. */
  | { path: string; json: string; factsHash: string | undefined; facets?: DocumentFacets; others?: string; stamp?: FileStamp }
  | { path: string; facts: FileFacts; stamp?: FileStamp };

/** The window in which a file's time stamps cannot tell two versions apart (FAT's 2 s granularity). */
const RACY_WINDOW_MS = 2000;

/** The context in which files are checked; `rootFile`: the root `powercat.yaml` when the caller has read it already. */
export function fileCheckContext(setup: FileCheckSetup, rootFile: SourceFile = readCatalogueFile(setup.root)): FileCheckContext {
  return {
    root: setup.root,
    rootFile,
    settings: new Map(setup.settings),
    rules: RULES,
    knownRules: KNOWN_RULES,
    powerKeys: setup.powerKeys && new Set(setup.powerKeys),
    facets: setup.hashing,
  };
}

/**
 * Reads, parses and checks a batch of files, in a worker or in the main thread. Facts go as JSON
 * wherever JSON carries them exactly: it crosses threads several times faster than a structured
 * clone, it is what the cache writes, and what is parsed from it is much smaller than what the
 * parser made — its objects and arrays have room to grow, and its strings are slices that keep
 * the file's whole text alive. On 100,000 powers, facts kept as the parser made them took the main
 * thread 300 MB more (one thread alone: 660 MB against 340), and its GCs the time to copy them.
 */
export function runTasks(setup: FileCheckSetup, context: FileCheckContext, tasks: readonly FileTask[]): TaskResult[] {
  const results: TaskResult[] = [];
  let read: Read[] = [];
  let chars = 0;
  for (const task of tasks) {
    const path = join(setup.root, task.path);
    if (!setup.hashing) {
      const file = task.path === CATALOGUE_FILE ? context.rootFile : readSourceFile(task.from ?? path, setup.limits);
      file.path = path;
      read.push({ task, file });
    } else {
      const stamped = readStamped(path, setup.limits.maxFileBytes);
      if (stamped && stamped.stamp.hash === task.expect) {
        results.push({ path: task.path, unchanged: true, stamp: stamped.stamp });
        continue;
      }
      read.push({ task, file: sourceOf(path, setup, context, stamped?.bytes), ...(stamped && { stamp: stamped.stamp }) });
    }
    // Checked a few hundred kilobytes at a time: a GC copies what is alive, and files of
    // hundreds of documents each would otherwise keep many megabytes alive.
    chars += read.at(-1)!.file.text?.length ?? 0;
    if (chars >= CHECK_CHARS) {
      check(setup, context, read, results);
      read = [];
      chars = 0;
    }
  }
  check(setup, context, read, results);
  return results;
}

interface Read {
  task: FileTask;
  file: SourceFile;
  stamp?: FileStamp;
}

const CHECK_CHARS = 256 * 1024;

function check(setup: FileCheckSetup, context: FileCheckContext, read: readonly Read[], results: TaskResult[]): void {
  if (read.length === 0) return;
  const facts = checkFiles(context, read.map((r) => r.file));
  read.forEach(({ task, file, stamp }, i) => {
    const fileFacts = facts[i]!;
    // The hash covers what the catalogue rules read, not where the file rules' findings sit.
    const { findings, facets, ...read } = fileFacts;
    const head = JSON.stringify(read);
    const tail = JSON.stringify(findings);
    if (!jsonCarries(fileFacts, head, tail, file.text)) {
      results.push({ path: task.path, facts: fileFacts, ...(stamp && { stamp }) });
      return;
    }
    const json = `${head.slice(0, -1)},"findings":${tail}}`;
    results.push({
      path: task.path,
      json,
      factsHash: setup.hashing ? hashBytes(head) : undefined,
      ...(facets !== undefined && { facets, others: othersJson(read.values, facets) }),
      ...(stamp && { stamp }),
    });
  });
}

function sourceOf(path: string, setup: FileCheckSetup, context: FileCheckContext, bytes: Uint8Array | undefined): SourceFile {
  if (path === context.rootFile.path) return context.rootFile;
  const decoded = bytes && decode(bytes);
  // Text is parsed as readSourceFile would; anything else (too large, not text) is left to it to describe.
  return decoded?.ok ? parseSource({ path, text: undefined, documents: [], problems: [] }, decoded.text, setup.limits) : readSourceFile(path, setup.limits);
}

/**
 * The bytes and stamp of a file within the size limit; undefined for one too large or unreadable
 * (left to readSourceFile to describe, and never cached). The stamp is taken before the bytes
 * are read: a change in between leaves an old stamp, which the next run sees as a change.
 */
function readStamped(path: string, maxBytes: number): { bytes: Uint8Array; stamp: FileStamp } | undefined {
  try {
    const stat = statSync(path);
    if (stat.size > maxBytes) return undefined;
    const bytes = readFileSync(path);
    if (bytes.length > maxBytes) return undefined;
    const readAt = Date.now();
    return {
      bytes,
      stamp: {
        hash: hashBytes(bytes),
        size: stat.size,
        mtime: stat.mtimeMs,
        ctime: stat.ctimeMs,
        ino: stat.ino,
        racy: Math.max(stat.mtimeMs, stat.ctimeMs) > readAt - RACY_WINDOW_MS,
      },
    };
  } catch {
    return undefined;
  }
}

/** 128 bits of SHA-256: as safe against an accidental match, and shorter in an index read on every run. */
function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest().subarray(0, 16).toString('base64');
}
