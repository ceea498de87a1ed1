import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { absoluteOf } from '../load/discover.js';

/** What the cache compares a file with besides its hash (a `Stats` is one). */
export interface StatStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The files to stamp, the shared counter of those taken, and where each file's stamp goes. */
export interface StampJob {
  /** The catalogue's root, and the files' paths below it. */
  root: string;
  paths: readonly string[];
  claims: Int32Array;
  /** FIELDS numbers per file, in the order of the paths; a size of -1: not there. */
  stamps: Float64Array;
}

const FIELDS = 4;
/** Files a thread takes at a time. */
const CHUNK = 256;
/** Files listed before the thread is given them: one message per this many. */
const SEND_EVERY = 2048;
/** A job as the thread is given it: its paths in one string, NUL between them. */
export type StampMessage = Omit<StampJob, 'paths'> & { paths: string };

/** What tells the thread that every file was given. */
export const END = 'end';
/** Compiled beside the lint pool's worker: where that one can run (workersAvailable), so can this. */
const WORKER_SCRIPT = new URL('./stat-worker.js', import.meta.url);

/** Stamps the files of the job no thread has taken yet, a chunk at a time. */
export function stampClaimed({ root, paths, claims, stamps }: StampJob): void {
  for (let start; (start = Atomics.add(claims, 0, CHUNK)) < paths.length; ) {
    for (let i = start, end = Math.min(start + CHUNK, paths.length); i < end; i++) {
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
  }
}

/**
 * The stamps of many files, taken by a thread of their own as the walk lists them and while the
 * main thread reads the cache's index, and by the main thread too once it has: a `stat` is a
 * system call, and on 50,000 files they cost the main thread more than the index did.
 */
export class Stamper {
  private readonly worker: Worker;
  private readonly finished: Promise<boolean>;
  private readonly jobs: StampJob[] = [];
  private listed: string[] = [];

  /** Files below `root` are stamped. */
  constructor(private readonly root: string) {
    this.worker = new Worker(WORKER_SCRIPT);
    this.finished = new Promise((resolve) => {
      this.worker.once('message', () => resolve(true));
      this.worker.once('error', () => resolve(false));
      this.worker.once('exit', () => resolve(false));
    });
  }

  /** A file to stamp: the thread is given them a few thousand at a time. */
  add(path: string): void {
    this.listed.push(path);
    if (this.listed.length === SEND_EVERY) this.send();
  }

  /**
   * Every file's stamp, by the order they were added in (undefined: not there), made when asked
   * for: 50,000 stamps made at once would live through GCs; a thread that failed leaves them all to
   * the main thread.
   */
  async stamps(): Promise<(i: number) => StatStamp | undefined> {
    this.send();
    this.worker.postMessage(END);
    // The thread goes through the jobs from the first; the main thread helps from the last.
    for (const job of [...this.jobs].reverse()) stampClaimed(job);
    const done = await this.finished;
    await this.close();
    if (!done) for (const job of this.jobs) stampClaimed({ ...job, claims: new Int32Array(1) });
    return (i) => {
      const { stamps } = this.jobs[Math.floor(i / SEND_EVERY)]!;
      const at = (i % SEND_EVERY) * FIELDS;
      return stamps[at] === -1 ? undefined : { size: stamps[at]!, mtimeMs: stamps[at + 1]!, ctimeMs: stamps[at + 2]!, ino: stamps[at + 3]! };
    };
  }

  /** Stops the thread, done or not (the listing may have failed before it got its files). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private send(): void {
    if (this.listed.length === 0) return;
    const paths = this.listed;
    const job = { root: this.root, paths, claims: new Int32Array(new SharedArrayBuffer(4)), stamps: new Float64Array(new SharedArrayBuffer(paths.length * FIELDS * 8)) };
    this.jobs.push(job);
    // One string crosses threads in a fraction of the time of thousands (no path holds a NUL).
    this.worker.postMessage({ ...job, paths: paths.join('\0') } satisfies StampMessage);
    this.listed = [];
  }
}
