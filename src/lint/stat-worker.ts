import { parentPort } from 'node:worker_threads';
import { stampClaimed, type StampJob } from './stat-stamps.js';

/* The stamper's thread (stat-stamps.ts): stamps what the main thread has not taken, and says so. */
parentPort!.once('message', (job: StampJob) => {
  stampClaimed(job);
  parentPort!.postMessage('done');
});
