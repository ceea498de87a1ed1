import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileCheckSetup, FileTask, TaskResult } from './file-tasks.js';

const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

/** Only the compiled worker can run in a thread: from the TypeScript sources (tests), files are checked in the main thread. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

/** What a worker is started with. */
export interface WorkerSetup {
  setup: FileCheckSetup;
  /** The shared counter of files taken (batch-claim.ts). */
  claims: Int32Array;
  /** Threads taking files, the main thread with them. */
  threads: number;
  tasks: FileTask[];
}

/** What the main thread tells a worker: more files of the list, and then that the list is complete. */
export type ToWorker = { tasks: FileTask[] } | { complete: true };

export type FromWorker = { results: TaskResult[] } | { error: string };

/**
 * Worker threads that take their batches from the shared list (batch-claim.ts) beside the main
 * thread. Young-generation GCs copy what is alive: a larger young generation than the default
 * lets most of a batch's parse die before one runs.
 */
export class WorkerPool {
  private readonly workers: Worker[] = [];
  private reported = 0;
  private expected = Infinity;
  private failure: Error | undefined;
  private settled: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(size: number, data: WorkerSetup, onResults: (results: TaskResult[]) => void) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      worker.on('message', (message: FromWorker) => {
        if ('error' in message) return this.fail(new Error(`a lint worker failed: ${message.error}`));
        this.reported += message.results.length;
        onResults(message.results);
        this.check();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
    }
  }

  get failed(): Error | undefined {
    return this.failure;
  }

  tell(message: ToWorker): void {
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** Resolves once the workers have reported the results of `count` files: all those the main thread did not take. */
  settle(count: number): Promise<void> {
    this.expected = count;
    return new Promise((resolve, reject) => {
      this.settled = { resolve, reject };
      this.check();
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.terminate()));
  }

  private check(): void {
    if (this.failure) this.settled?.reject(this.failure);
    else if (this.reported >= this.expected) this.settled?.resolve();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.check();
  }
}
