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

/** A fixed number of workers, each checking one batch of files at a time. */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly busy = new Map<Worker, Job>();
  private failure: Error | undefined;

  constructor(size: number, setup: FileCheckSetup) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData: setup });
      worker.on('message', (message: { results?: TaskResult[]; error?: string }) => {
        const job = this.busy.get(worker)!;
        this.busy.delete(worker);
        if (message.error !== undefined) job.reject(new Error(`a lint worker failed: ${message.error}`));
        else job.resolve(message.results!);
        this.idle.push(worker);
        this.next();
      });
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a lint worker stopped (exit code ${code})`));
      });
      this.idle.push(worker);
    }
  }

  run(tasks: FileTask[]): Promise<TaskResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ tasks, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.tasks);
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const job of [...this.busy.values(), ...this.queue.splice(0)]) job.reject(this.failure);
    this.busy.clear();
  }
}
