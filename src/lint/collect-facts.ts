import { statSync, type Stats } from 'node:fs';
import type { SourceFile } from '../load/source.js';
import { sourceFromFacts, summaryOf, type FileFacts, type FileSummary } from './file-facts.js';
import { fileCheckContext, runTasks, type FileCheckSetup, type FileTask, type TaskResult } from './file-tasks.js';
import type { LintCache } from './lint-cache.js';
import { WorkerPool, workersAvailable } from './worker-pool.js';

export interface CollectOptions {
  /** Threads reading and checking files; 1: the main thread alone. */
  jobs: number;
  /** Whether the threads were asked for (`--jobs`): then they start at a few dozen files, not only where they pay. */
  jobsAsked: boolean;
  /** Work for the main thread while the workers check the files it has sent them all (it then answers none of them). */
  meanwhile?: () => void;
  cache: LintCache | undefined;
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

/**
 * Below this much to read, starting threads costs more than it saves: each worker loads the rules,
 * parsers and validators first. Measured on 2 cores: 1,600 files (5 MB) lint in 0.7 s in the main
 * thread and 1.0 s with two workers; at 5,300 files (15 MB) both take 1.5 s; at 52,700 files
 * (145 MB) the workers take 8 s and the main thread alone 11.5 s. Parsing time follows the bytes,
 * so a catalogue of a few large files (200 files, 105 MB) gains from the threads too.
 */
const POOL_MIN_BYTES = 16 * 1024 * 1024;
/** With `--jobs N` asked for: enough files to give each thread a few batches. */
const POOL_MIN_FILES_ASKED = 64;
const BATCH = 16;

/**
 * Every file `listFiles` finds, in its order: from the cache where a file is unchanged,
 * otherwise read and checked — by a pool of worker threads once there are enough files to read
 * (started while the files are still being found), in the main thread otherwise. The results
 * are the same either way.
 */
export async function collectFiles(
  setup: FileCheckSetup,
  listFiles: (onFile: (path: string, absolute: string) => void) => string[],
  { jobs, jobsAsked, cache, meanwhile }: CollectOptions,
): Promise<CollectedFile[]> {
  const threads = jobs > 1 && workersAvailable();
  let bytes = 0;
  const enough = (stat: Stats | undefined) => {
    if (jobsAsked) return tasks.length >= POOL_MIN_FILES_ASKED;
    bytes += stat?.size ?? 0;
    return bytes >= POOL_MIN_BYTES;
  };
  const known = new Map<string, CollectedFile>();
  const tasks: FileTask[] = [];
  const sent: Promise<void>[] = [];
  let dispatched = 0;
  let pool: WorkerPool | undefined;
  const take = (results: TaskResult[]) => {
    for (const result of results) known.set(result.path, collected(setup.root, result, cache));
  };
  // Small batches: the threads finish together even when a few files are large, and only a
  // batch's parsed documents are alive at a time — every young-generation GC copies what is
  // alive, and with batches of 256 files that was a quarter of the time. Each batch is taken
  // as it comes, the main thread taking one while the workers check the next.
  const dispatch = (size: number, all = false) => {
    while (pool && (tasks.length - dispatched >= size || (all && dispatched < tasks.length))) {
      sent.push(pool.run(tasks.slice(dispatched, dispatched + size)).then(take));
      dispatched = Math.min(tasks.length, dispatched + size);
    }
  };
  const onFile = (path: string, absolute: string) => {
    const cached = cache?.get(path);
    // Stat only while it can decide something: the cache's stamp, or whether the threads pay yet.
    const stat = cached || (threads && !pool && !jobsAsked) ? statSync(absolute, { throwIfNoEntry: false }) : undefined;
    const summary = cached && cache!.unchanged(path, stat);
    if (summary) {
      known.set(path, { path, summary, hash: cached!.stamp.hash, facts: undefined, source: undefined });
      return;
    }
    tasks.push(cached ? { path, expect: cached.stamp.hash } : { path });
    // Started once there are files enough, and sent work while the walk goes on.
    if (threads && !pool && enough(stat)) pool = new WorkerPool(jobs, setup);
    dispatch(BATCH);
  };
  try {
    const paths = listFiles(onFile);
    // What is left, in batches that spread over the threads however few files there are.
    const size = Math.max(1, Math.min(BATCH, Math.ceil((tasks.length - dispatched) / (jobs * 4))));
    if (pool) {
      dispatch(size, true);
      if (meanwhile) {
        pool.sendAll();
        meanwhile();
      }
      await Promise.all(sent);
    } else {
      const context = tasks.length > 0 ? fileCheckContext(setup) : undefined;
      for (let i = 0; i < tasks.length; i += BATCH) take(runTasks(setup, context!, tasks.slice(i, i + BATCH), false));
    }
    return paths.map((path) => known.get(path)!);
  } finally {
    await pool?.close();
  }
}

function collected(root: string, result: TaskResult, cache: LintCache | undefined): CollectedFile {
  const { path } = result;
  if ('unchanged' in result) {
    cache!.keep(path, result.stamp);
    return { path, summary: cache!.get(path)!.summary, hash: result.stamp.hash, facts: undefined, source: undefined };
  }
  const json = 'json' in result ? result.json : undefined;
  const facts = factsOfResult(result);
  const summary = summaryOf(facts, 'factsHash' in result ? result.factsHash : undefined);
  cache?.set(path, result.stamp, summary, json);
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
export function completeFacts(setup: FileCheckSetup, files: CollectedFile[], cache: LintCache | undefined): FileFacts[] {
  const missing = new Set(files.filter((f) => !f.facts).map((f) => f.path));
  if (missing.size === 0) return files.map((f) => f.facts!);
  const found = cache?.values(missing) ?? new Map<string, FileFacts>();
  const again = [...missing].filter((path) => !found.has(path)).map((path) => ({ path }));
  if (again.length > 0) {
    for (const result of runTasks(setup, fileCheckContext(setup), again, false)) {
      found.set(result.path, collected(setup.root, result, cache).facts!);
    }
  }
  return files.map((f) => f.facts ?? found.get(f.path)!);
}
