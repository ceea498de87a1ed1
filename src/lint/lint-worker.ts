import { parentPort, workerData } from 'node:worker_threads';
import { validate } from '../rules/schema/validators.js';
import { KINDS } from '../schema/index.js';
import { fileCheckContext, runTasks, type FileCheckSetup, type FileTask } from './file-tasks.js';

/*
 * A worker of the lint pool: reads, parses and checks the batches of files it is sent. The
 * schemas are compiled while the main thread is still finding the files.
 */
const setup = workerData as FileCheckSetup;
const context = fileCheckContext(setup);
for (const kind of KINDS) validate(kind, {});

parentPort!.on('message', (tasks: FileTask[]) => {
  try {
    parentPort!.postMessage({ results: runTasks(setup, context, tasks, true) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
