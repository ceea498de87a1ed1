import { parentPort } from 'node:worker_threads';
import { END, stampClaimed, type StampMessage } from './stat-stamps.js';

/* The stamper's thread (stat-stamps.ts): stamps what the main thread has not taken of each job, and says when the last is done. */
parentPort!.on('message', (job: StampMessage | typeof END) => {
  if (job === END) parentPort!.postMessage('done');
  else stampClaimed({ ...job, paths: job.paths.split('\0') });
});
