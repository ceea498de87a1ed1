import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/** What the cache compares a file with besides its hash (a `Stats` is one). */
export interface StatStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The files to stamp, the shared counter of those taken, and where each file's stamp goes. */
export interface StampJob {
  paths: readonly string[];
  claims: Int32Array;
  /** FIELDS numbers per file, in the order of the paths; a size of -1: not there. */
  stamps: Float64Array;
}

const FIELDS = 4;
/** Files a thread takes at a time. */
const CHUNK = 256;
/** Compiled beside the lint pool's worker: where that one can run (workersAvailable), so can this. */
const WORKER_SCRIPT = new URL('./stat-worker.js', import.meta.url);

/** Stamps the files of the job no thread has taken yet, a chunk at a time. */
export function stampClaimed({ paths, claims, stamps }: StampJob): void {
  for (let start; (start = Atomics.add(claims, 0, CHUNK)) < paths.length; ) {
    for (let i = start, end = Math.min(start + CHUNK, paths.length); i < end; i++) {
      const stat = statSync(paths[i]!, { throwIfNoEntry: false });
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
 * The stamps of many files, taken by a thread of their own while the main thread reads the
 * cache's index, and by the main thread too once it has: a `stat` is a system call, and on
 * 50,000 files they cost the main thread more than the index did.
 */
export class Stamper {
  private readonly worker: Worker;
  private readonly finished: Promise<boolean>;

  constructor() {
    this.worker = new Worker(WORKER_SCRIPT);
    this.finished = new Promise((resolve) => {
      this.worker.once('message', () => resolve(true));
      this.worker.once('error', () => resolve(false));
      this.worker.once('exit', () => resolve(false));
    });
  }

  /** Gives the thread the files; `stamps` then takes what is left. */
  start(paths: readonly string[]): StampJob {
    const job = { paths, claims: new Int32Array(new SharedArrayBuffer(4)), stamps: new Float64Array(new SharedArrayBuffer(paths.length * FIELDS * 8)) };
    this.worker.postMessage(job);
    return job;
  }

  /** Every file's stamp (undefined: not there); a thread that failed leaves them all to the main thread. */
  async stamps(job: StampJob): Promise<(StatStamp | undefined)[]> {
    stampClaimed(job);
    const done = await this.finished;
    await this.close();
    if (!done) stampClaimed({ ...job, claims: new Int32Array(1) });
    const { stamps } = job;
    return job.paths.map((_, i) => {
      const at = i * FIELDS;
      return stamps[at] === -1 ? undefined : { size: stamps[at]!, mtimeMs: stamps[at + 1]!, ctimeMs: stamps[at + 2]!, ino: stamps[at + 3]! };
    });
  }

  /** Stops the thread, done or not (the listing may have failed before it got its files). */
  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
