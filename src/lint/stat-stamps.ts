import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { absoluteOf } from '../load/walk-paths.js';

/** What the cache compares a file with besides its hash (a `Stats` is one). */
export interface StatStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The files to stamp, the shared counters of those taken and of those stamped, and where each file's stamp goes. */
export interface StampJob {
  /** The catalogue's root, and the files' paths below it. */
  root: string;
  paths: readonly string[];
  /** Files taken by a thread, and files stamped. */
  claims: Int32Array;
  done: Int32Array;
  /** FIELDS numbers per file, in the order of the paths; a size of -1: not there. */
  stamps: Float64Array;
}

/** A stamped job's files and their stamps (undefined: not there). */
export interface StampedFiles {
  paths: readonly string[];
  stampOf(i: number): StatStamp | undefined;
}

const FIELDS = 4;
/** Files a thread takes at a time. */
const CHUNK = 256;
/** Files listed before the thread is given them: one message per this many. */
const SEND_EVERY = 2048;
/** How long the main thread waits for the thread's part of a job without a file stamped before it stamps the job itself. */
const STALLED_MS = 2000;
/** A job as the thread is given it: its paths in one string, NUL between them. */
export type StampMessage = Omit<StampJob, 'paths'> & { paths: string };

/** Compiled beside the lint pool's worker: where that one can run (workersAvailable), so can this. */
const WORKER_SCRIPT = new URL('./stat-worker.js', import.meta.url);

/** Stamps the files of the job no thread has taken yet, a chunk at a time, and counts them stamped. */
export function stampClaimed({ root, paths, claims, done, stamps }: StampJob): void {
  for (let start; (start = Atomics.add(claims, 0, CHUNK)) < paths.length; ) {
    const end = Math.min(start + CHUNK, paths.length);
    for (let i = start; i < end; i++) {
      const stat = statSync(absoluteOf(root, paths[i]!), { throwIfNoEntry: false });
      const at = i * FIELDS;
      if (!stat) {
        stamps[at] = -1;
        continue;
      }
      stamps[at] = stat.size;
      stamps[at + 1] = stat.mtimeMs;
      stamps[at + 2] = stat.ctimeMs;
      stamps[at + 3] = stat.ino;
    }
    Atomics.add(done, 0, end - start);
    Atomics.notify(done, 0);
  }
}

/**
 * Stamps what no thread has taken of the job, then waits until every file of it is stamped. A
 * thread that stamps none for `stalledMs` has stopped (or is starved): the job is stamped here
 * again, whole — a stamp taken twice is the same.
 */
export function stampJob(job: StampJob, stalledMs = STALLED_MS): void {
  stampClaimed(job);
  for (let seen; (seen = Atomics.load(job.done, 0)) < job.paths.length; ) {
    if (Atomics.wait(job.done, 0, seen, stalledMs) === 'timed-out' && Atomics.load(job.done, 0) === seen) {
      stampClaimed({ ...job, claims: new Int32Array(1), done: new Int32Array(1) });
      return;
    }
  }
}

/** A job of files below `root`, with room for their stamps. */
export function newJob(root: string, paths: readonly string[]): StampJob {
  const shared = (bytes: number) => new SharedArrayBuffer(bytes);
  return { root, paths, claims: new Int32Array(shared(4)), done: new Int32Array(shared(4)), stamps: new Float64Array(shared(paths.length * FIELDS * 8)) };
}

/** A stamped job's files and their stamps. */
export function stampedFiles({ paths, stamps }: StampJob): StampedFiles {
  return {
    paths,
    stampOf: (i) => {
      const at = i * FIELDS;
      return stamps[at] === -1 ? undefined : { size: stamps[at]!, mtimeMs: stamps[at + 1]!, ctimeMs: stamps[at + 2]!, ino: stamps[at + 3]! };
    },
  };
}

/**
 * The stamps of many files, taken by a thread of their own as the walk lists them and while the
 * main thread reads the cache's index; the main thread then goes through them job by job, taking
 * what the thread has not and going on with a job's files while the thread stamps the next: a
 * `stat` is a system call, and on 50,000 files they cost the main thread more than the index did.
 */
export class Stamper {
  private readonly worker = new Worker(WORKER_SCRIPT);
  private readonly jobs: StampJob[] = [];
  private listed: string[] = [];

  /** Files below `root` are stamped. */
  constructor(private readonly root: string) {
    // A thread that fails leaves its jobs to the main thread (stampJob); nothing to say here.
    this.worker.on('error', () => {});
  }

  /** A file to stamp: the thread is given them a few thousand at a time. */
  add(path: string): void {
    this.listed.push(path);
    if (this.listed.length === SEND_EVERY) this.send();
  }

  /** The files added, in their order, a job at a time as each is stamped. */
  *stamped(): Generator<StampedFiles> {
    this.send();
    for (const job of this.jobs) {
      stampJob(job);
      yield stampedFiles(job);
    }
  }

  /** Stops the thread, done or not. */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private send(): void {
    if (this.listed.length === 0) return;
    const job = newJob(this.root, this.listed);
    this.jobs.push(job);
    // One string crosses threads in a fraction of the time of thousands (no path holds a NUL).
    this.worker.postMessage({ ...job, paths: this.listed.join('\0') } satisfies StampMessage);
    this.listed = [];
  }
}
