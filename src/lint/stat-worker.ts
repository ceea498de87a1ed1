import { parentPort } from 'node:worker_threads';
import { stampClaimed, type StampMessage } from './stat-stamps.js';

/* The stamper's thread (stat-stamps.ts): stamps what the main thread has not taken of each job it is given. */
parentPort!.on('message', (job: StampMessage) => stampClaimed({ ...job, paths: job.paths.split('\0') }));
