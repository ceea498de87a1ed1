import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileCheckSetup, FileTask, TaskResult } from './file-tasks.js';

const WORKER_SCRIPT = new URL('./lint-worker.js', import.meta.url);

/** Only the compiled worker can run in a thread: from the TypeScript sources (tests), files are checked in the main thread. */
export function workersAvailable(): boolean {
  return existsSync(fileURLToPath(WORKER_SCRIPT));
}

interface Job {
  tasks: FileTask[];
  resolve: (results: TaskResult[]) => void;
  reject: (error: Error) => void;
}

/**
 * Batches a worker holds at once: it takes the next from its own queue instead of waiting for
 * the main thread (busy taking results, or in GC) to send one.
 */
const IN_FLIGHT = 3;

/** A fixed number of workers, each checking its batches of files in the order they were sent. */
export class WorkerPool {
  private readonly workers: { worker: Worker; jobs: Job[] }[] = [];
  private readonly queue: Job[] = [];
  private failure: Error | undefined;

  constructor(size: number, setup: FileCheckSetup) {
    for (let i = 0; i < size; i++) {
      const slot = { worker: new Worker(WORKER_SCRIPT, { workerData: setup }), jobs: [] as Job[] };
      slot.worker.on('message', (message: { results?: TaskResult[]; error?: string }) => {
        const job = slot.jobs.shift()!;
        if (message.error !== undefined) job.reject(new Error(`a lint worker failed: ${message.error}`));
        else job.resolve(message.results!);
        this.next();
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      this.workers.push(slot);
    }
  }

  run(tasks: FileTask[]): Promise<TaskResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ tasks, resolve, reject });
      this.next();
    });
  }

  /**
   * Sends every queued batch now, spread evenly: for a stretch in which the main thread cannot
   * answer (reading the upstream lists), so that no worker waits for it.
   */
  sendAll(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
      this.send(slot, this.queue.shift()!);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate()));
  }

  /** Fills every worker's queue, the emptiest first. */
  private next(): void {
    while (this.queue.length > 0) {
      const slot = this.workers.reduce((a, b) => (b.jobs.length < a.jobs.length ? b : a));
      if (slot.jobs.length >= IN_FLIGHT) return;
      this.send(slot, this.queue.shift()!);
    }
  }

  private send(slot: { worker: Worker; jobs: Job[] }, job: Job): void {
    slot.jobs.push(job);
    slot.worker.postMessage(job.tasks);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of [...this.workers.flatMap((w) => w.jobs.splice(0)), ...this.queue.splice(0)]) job.reject(this.failure);
  }
}
