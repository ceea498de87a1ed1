import { parentPort, workerData } from 'node:worker_threads';
import { AuditContext, type AuditSettings } from './audit-context.js';
import { auditRange, type RecordsJob } from './audit-range.js';
import type { AuditPlan } from './plan.js';

/** A worker thread of `powercat audit`: judges the ranges it is sent, one at a time. */
const { plan, settings } = workerData as { plan: AuditPlan; settings: AuditSettings };
const context = new AuditContext(plan, settings);
parentPort!.on('message', (job: RecordsJob) => {
  void auditRange(job, context).then((result) => parentPort!.postMessage(result));
});
