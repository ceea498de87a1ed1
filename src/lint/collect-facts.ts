import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { FileFacts } from './file-facts.js';
import { fileCheckContext, runTasks, type FileCheckSetup, type FileTask, type TaskResult } from './file-tasks.js';
import type { LintCache } from './lint-cache.js';
import { WorkerPool, workersAvailable } from './worker-pool.js';

export interface CollectOptions {
  /** Threads reading and checking files; 1: the main thread alone. */
  jobs: number;
  cache: LintCache | undefined;
}

/** Below this many files to read, starting threads costs more than it saves. */
const POOL_MIN_FILES = 200;
/** Files per message to a worker: few messages, and the threads still finish close together. */
const BATCH = 128;

/**
 * The facts of every file `listFiles` finds, in its order: from the cache where a file is
 * unchanged, otherwise read and checked — by a pool of worker threads once there are enough
 * files to read (started while the files are still being found), in the main thread otherwise.
 * The facts are the same either way.
 */
export async function collectFacts(
  setup: FileCheckSetup,
  listFiles: (onFile: (path: string) => void) => string[],
  { jobs, cache }: CollectOptions,
): Promise<FileFacts[]> {
  const threads = jobs > 1 && workersAvailable();
  const known = new Map<string, FileFacts>();
  const tasks: FileTask[] = [];
  const sent: Promise<void>[] = [];
  const take = (results: TaskResult[]) => {
    for (const result of results) {
      if ('unchanged' in result) {
        cache!.keep(result.path, result.stamp);
        known.set(result.path, cache!.get(result.path)!.facts);
      } else {
        const json = 'json' in result ? result.json : undefined;
        const facts = json === undefined ? (result as { facts: FileFacts }).facts : (JSON.parse(json) as FileFacts);
        cache?.set(result.path, result.stamp, facts, json);
        known.set(result.path, facts);
      }
    }
  };
  let dispatched = 0;
  let pool: WorkerPool | undefined;
  const dispatch = (all: boolean) => {
    while (pool && (tasks.length - dispatched >= BATCH || (all && dispatched < tasks.length))) {
      // Taken as they come: the main thread parses one batch while the workers check the next.
      sent.push(pool.run(tasks.slice(dispatched, dispatched + BATCH)).then(take));
      dispatched = Math.min(tasks.length, dispatched + BATCH);
    }
  };
  const onFile = (path: string) => {
    const cached = cache?.get(path);
    if (cached && cache!.unchanged(path, stampOf(join(setup.root, path)))) {
      cache!.keep(path);
      known.set(path, cached.facts);
      return;
    }
    tasks.push(cached ? { path, expect: cached.stamp.hash } : { path });
    if (threads && !pool && tasks.length >= POOL_MIN_FILES) pool = new WorkerPool(jobs, setup);
    dispatch(false);
  };
  try {
    const paths = listFiles(onFile);
    dispatch(true);
    if (pool) await Promise.all(sent);
    else take(runTasks(setup, fileCheckContext(setup), tasks));
    return paths.map((path) => known.get(path)!);
  } finally {
    await pool?.close();
  }
}

function stampOf(path: string): { size: number; mtime: string; ctime: string; ino: string } | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return { size: Number(stat.size), mtime: String(stat.mtimeNs), ctime: String(stat.ctimeNs), ino: String(stat.ino) };
  } catch {
    return undefined;
  }
}
