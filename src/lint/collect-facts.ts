import { statSync } from 'node:fs';
import { absoluteOf } from '../load/walk-paths.js';
import type { SourceFile } from '../load/source.js';
import { claimBatch, newClaims } from './batch-claim.js';
import { sourceFromFacts, summaryOf, type FileCheckContext, type FileFacts, type FileSummary } from './file-facts.js';
import { runTasks, type FileCheckSetup, type FileTask, type TaskResult } from './file-tasks.js';
import type { LintCache } from './lint-cache.js';
import { Stamper, type StatStamp } from './stat-stamps.js';
import { WorkerPool, workersAvailable } from './worker-pool.js';

export interface CollectOptions {
  /** Threads reading and checking files, the main thread with them; 1: the main thread alone. */
  jobs: number;
  /** Whether the threads were asked for (`--jobs`): then they start at a few dozen files, and stamp any cache's files, not only where they pay. */
  jobsAsked: boolean;
  /** Work for the main thread once every file is listed, while the workers check files; then it checks files too. */
  meanwhile?: () => void;
  /** Reads the lint cache's index; undefined: no cache. */
  openCache: (() => LintCache) | undefined;
  /** How many bytes the cache's index has: a large one means many files to stamp, in a thread of their own. */
  cacheIndexBytes: number;
  /** The main thread's context for checking files (made from the same setup). */
  context: FileCheckContext;
}

/** A file of the catalogue as the lint has it: always its summary, and its facts when it was read in this run. */
export interface CollectedFile {
  path: string;
  summary: FileSummary;
  /** The hash of its content, when known (what cached places are checked against). */
  hash: string | undefined;
  facts: FileFacts | undefined;
  /** The file made from its facts, as they come in (not after the last one). */
  source: SourceFile | undefined;
}

export interface CollectedFiles {
  files: CollectedFile[];
  cache: LintCache | undefined;
  /** Files read only to find by their hash that their bytes are the cached ones (their stamps had changed). */
  hashed: number;
}

/**
 * Below this much to read, a worker costs more than it saves: it loads the rules, parsers and
 * validators first, and its facts cross threads as JSON. Measured on 2 cores: 10,000 powers
 * (14 MB) lint in 1.18 s in the main thread alone and in 1.38 s with a worker beside it;
 * 100,000 (250 MB) in 7.46 s and 6.24 s. Parsing time follows the bytes, so a catalogue of a
 * few large files gains from the threads too.
 */
const POOL_MIN_BYTES = 64 * 1024 * 1024;
/**
 * Of the files the cache does not stamp, the size of one in this many is looked up and counts
 * for them all: a stat per file cost the main thread a fifth of a second on 50,000 files, before
 * the workers were started.
 */
const SIZE_SAMPLE = 16;
/**
 * From an index this large (≈ 13,000 files), the files' stamps are taken in a thread as they are
 * listed: on 2 cores, 52,711 stats took the main thread 360–490 ms and the index 300 ms.
 */
const STAMP_THREAD_INDEX_BYTES = 2 * 1024 * 1024;
/** With `--jobs N` asked for: enough files to give each thread a few batches. */
const POOL_MIN_FILES_ASKED = 64;
/** Files listed before the workers are told of them: one message per this many. */
const TELL_EVERY = 64;

/**
 * Every file `listFiles` finds, in its order: from the cache where a file is unchanged,
 * otherwise read and checked — by the main thread and, once there are enough files to read, by
 * worker threads beside it (started while the files are still being found; they take files from
 * the list as it grows). The results are the same either way. With a large cache, a thread stamps
 * the files as they are listed and while the main thread reads the cache's index, which then
 * checks them against it a job at a time (stat-stamps.ts).
 */
export async function collectFiles(
  setup: FileCheckSetup,
  listFiles: (onFile: (path: string) => void) => string[],
  { jobs, jobsAsked, openCache, cacheIndexBytes, meanwhile, context }: CollectOptions,
): Promise<CollectedFiles> {
  const threads = jobs > 1 && workersAvailable();
  const stamper = openCache && threads && cacheIndexBytes >= (jobsAsked ? 1 : STAMP_THREAD_INDEX_BYTES) ? new Stamper(setup.root) : undefined;
  let cache = stamper ? undefined : openCache?.();
  let bytes = 0;
  let unsized = 0;
  const enough = (path: string, stat: StatStamp | undefined) => {
    if (jobsAsked) return tasks.length >= POOL_MIN_FILES_ASKED;
    if (stat) bytes += stat.size;
    else if (unsized++ % SIZE_SAMPLE === 0) bytes += (statSync(absoluteOf(setup.root, path), { throwIfNoEntry: false })?.size ?? 0) * SIZE_SAMPLE;
    return bytes >= POOL_MIN_BYTES;
  };
  // In the order the files are listed, which is the order of the paths listFiles gives.
  const files: CollectedFile[] = [];
  /** Where the files read go among them. */
  const slots = new Map<string, number>();
  const tasks: FileTask[] = [];
  const claims = newClaims(threads);
  let told = 0;
  let pool: WorkerPool | undefined;
  let hashed = 0;
  const take = (results: TaskResult[]) => {
    for (const result of results) {
      if ('unchanged' in result) hashed++;
      files[slots.get(result.path)!] = collected(setup.root, result, cache);
    }
  };
  /** A file listed, with its stamp when the stamper took it. */
  const onFile = (path: string, stamp?: StatStamp) => {
    let stat = stamp;
    const cached = cache?.unchanged(path, stamp ?? (() => (stat = statSync(absoluteOf(setup.root, path), { throwIfNoEntry: false }))));
    if (cached) {
      files.push({ path, summary: cached.summary, hash: cached.hash, facts: undefined, source: undefined });
      return;
    }
    slots.set(path, files.length);
    files.length++;
    const expect = cache?.hash(path);
    tasks.push(expect !== undefined ? { path, expect } : { path });
    if (pool && tasks.length - told >= TELL_EVERY) {
      pool.tell({ tasks: tasks.slice(told) });
      told = tasks.length;
    } else if (threads && !pool && enough(path, stat)) {
      pool = new WorkerPool(jobs - 1, { setup, claims, threads: jobs, tasks }, take);
      told = tasks.length;
    }
  };
  try {
    if (stamper) {
      listFiles((path) => stamper.add(path));
      cache = openCache!();
      for (const { paths, stampOf } of stamper.stamped()) paths.forEach((path, i) => onFile(path, stampOf(i)));
    } else {
      listFiles((path) => onFile(path));
    }
    if (pool) {
      pool.tell({ tasks: tasks.slice(told) });
      pool.tell({ complete: true });
      meanwhile?.();
    }
    let mine = 0;
    for (let batch; !pool?.failed && (batch = claimBatch(claims, tasks.length, true, pool ? jobs : 1)); ) {
      take(runTasks(setup, context, tasks.slice(...batch)));
      mine += batch[1] - batch[0];
      // The workers' results come in between batches.
      if (pool) await new Promise(setImmediate);
    }
    await pool?.settle(tasks.length - mine);
    return { files, cache, hashed };
  } finally {
    await stamper?.close();
    await pool?.close();
  }
}

function collected(root: string, result: TaskResult, cache: LintCache | undefined): CollectedFile {
  const { path } = result;
  if ('unchanged' in result) {
    return { path, summary: cache!.keep(path, result.stamp), hash: result.stamp.hash, facts: undefined, source: undefined };
  }
  const json = 'json' in result ? result.json : undefined;
  const facts = factsOfResult(result);
  // Facet keys cross threads beside the facts' JSON, which the facts hash is taken of.
  if ('json' in result && result.facets) facts.facets = result.facets;
  const summary = summaryOf(facts, 'factsHash' in result ? result.factsHash : undefined);
  cache?.set(path, result.stamp, summary, json && facts.facets && 'others' in result && result.others !== undefined ? { json, facets: facts.facets, others: result.others } : undefined);
  return { path, summary, hash: result.stamp?.hash, facts, source: sourceFromFacts(root, facts) };
}

/** The facts a task gave (for a file read, not one the cache has). */
export function factsOfResult(result: TaskResult): FileFacts {
  if ('json' in result) return JSON.parse(result.json) as FileFacts;
  if ('facts' in result) return result.facts;
  throw new Error(`${result.path} was not read`);
}

/**
 * The facts of every file, for the catalogue rules: those read in this run, the others from the
 * cache's values, and any the cache cannot give (lost, written under another key) read again.
 */
export function completeFacts(setup: FileCheckSetup, context: FileCheckContext, files: CollectedFile[], cache: LintCache | undefined): FileFacts[] {
  const missing = new Map<string, string | undefined>(files.filter((f) => !f.facts).map((f) => [f.path, f.summary.factsHash]));
  if (missing.size === 0) return files.map((f) => f.facts!);
  const found = cache?.values(missing) ?? new Map<string, FileFacts>();
  const again = [...missing.keys()].filter((path) => !found.has(path)).map((path) => ({ path }));
  if (again.length > 0) {
    for (const result of runTasks(setup, context, again)) {
      found.set(result.path, collected(setup.root, result, cache).facts!);
    }
  }
  return files.map((f) => f.facts ?? found.get(f.path)!);
}
