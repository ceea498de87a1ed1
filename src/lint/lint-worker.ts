import { parentPort, workerData } from 'node:worker_threads';
import { validate } from '../rules/schema/validators.js';
import { KINDS } from '../schema/index.js';
import { claimBatch } from './batch-claim.js';
import { fileCheckContext, runTasks } from './file-tasks.js';
import type { FromWorker, ToWorker, WorkerSetup } from './worker-pool.js';

/*
 * A worker of the lint pool: takes batches of the shared list of files (batch-claim.ts), reads,
 * parses and checks them, and sends their results back. One batch per turn of the event loop, so
 * that the list's new files come in between. The schemas are compiled while the main thread is
 * still finding the files.
 */
const { setup, claims, threads, tasks } = workerData as WorkerSetup;
const context = fileCheckContext(setup);
for (const kind of KINDS) validate(kind, {});
let complete = false;
let scheduled = false;

const post = (message: FromWorker) => parentPort!.postMessage(message);

function work(): void {
  scheduled = false;
  const batch = claimBatch(claims, tasks.length, complete, threads);
  if (!batch) return;
  try {
    post({ results: runTasks(setup, context, tasks.slice(...batch)) });
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return;
  }
  schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(work);
}

parentPort!.on('message', (message: ToWorker) => {
  if ('complete' in message) complete = true;
  else tasks.push(...message.tasks);
  schedule();
});
schedule();
