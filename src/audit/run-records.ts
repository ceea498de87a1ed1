import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { dateOfDay } from '../domain/timestamp.js';
import { AuditContext, type AuditSettings } from './audit-context.js';
import { auditRange, type RangeResult, type RecordsJob } from './audit-range.js';
import type { RecordFinding } from './findings.js';
import type { PowerTally } from './judge.js';
import type { AuditPlan } from './plan.js';
import type { Where } from './records/case-record.js';
import type { DepartmentCheck, DepartmentTally, PendingCase } from './rules/rule.js';
import { splitRanges } from './split-ranges.js';
import { timeUsed } from './time-used.js';

export interface RecordsFile {
  path: string;
  format: RecordsJob['format'];
  size: number;
}

export interface FileFinding extends RecordFinding {
  /** The records file (absolute path). */
  file: string;
}

export interface AuditOutcome {
  findings: FileFinding[];
  departmentFindings: (DepartmentCheck & { rule: string })[];
  /** Readable records. */
  cases: number;
  /** `YYYY-MM-DD`; undefined when no record could be read and none was given. */
  asOf: string | undefined;
  powers: Map<number, PowerTally>;
  departments: Map<number, DepartmentTally>;
  /** Codes off the list (unknown or abolished) → cases, and the first case's place. */
  unlisted: Map<string, { cases: number; file: string; at: Where }>;
}

export interface RunOptions {
  /** Threads to judge with; 1 judges in this thread. */
  threads: number;
  /** The --as-of day, if given. */
  asOf: number | undefined;
}

/** Default threads: every core (the machine's, not more than 8). */
export const defaultThreads = (): number => Math.min(8, availableParallelism());

/**
 * Audits records files: JSON Lines are cut into ranges at line breaks and judged by worker threads
 * (each its own copy of the plan); results are put together in file and line order, so the outcome
 * does not depend on how the work was shared. Pending cases are judged last, at --as-of.
 */
export async function auditRecords(files: readonly RecordsFile[], plan: AuditPlan, settings: AuditSettings, options: RunOptions): Promise<AuditOutcome> {
  const jobs = splitRanges(files, options.threads * 4);
  const context = new AuditContext(plan, settings);
  const results = options.threads > 1 && jobs.length > 1 ? await inWorkers(jobs, plan, settings, options.threads) : await inThisThread(jobs, context);
  const outcome = merge(jobs, results);
  const latest = outcome.latestDay;
  const asOf = options.asOf ?? latest;
  const findings = outcome.findings;
  if (asOf !== undefined) {
    const asOfDate = dateOfDay(asOf);
    for (const { pending, file } of outcome.pending) {
      for (const rule of context.rules) {
        for (const check of rule.checkPending?.(pending, { asOf, asOfDate, calendar: context.calendar }) ?? []) {
          findings.push({ rule: rule.meta.id, ...check, code: pending.code, file });
        }
      }
      countPending(pending, asOf, context, outcome.powers);
    }
  }
  const departmentFindings = context.rules.flatMap((rule) =>
    (rule.checkTotals?.({ plan, departments: outcome.departments, share: settings.share }) ?? []).map((check) => ({ rule: rule.meta.id, ...check })),
  );
  return {
    findings,
    departmentFindings,
    cases: outcome.cases,
    asOf: asOf === undefined ? undefined : dateOfDay(asOf),
    powers: outcome.powers,
    departments: outcome.departments,
    unlisted: outcome.unlisted,
  };
}

function countPending(pending: PendingCase, asOf: number, context: AuditContext, powers: Map<number, PowerTally>): void {
  const used = timeUsed(pending.limit, pending.accepted, asOf, context.calendar);
  if (used === undefined) return;
  const tally = powers.get(context.codes.get(pending.code)!.power)!;
  tally.judged++;
  if (used > pending.limit.value) tally.overdue++;
}

async function inThisThread(jobs: readonly RecordsJob[], context: AuditContext): Promise<RangeResult[]> {
  const results: RangeResult[] = [];
  for (const job of jobs) results.push(await auditRange(job, context));
  return results;
}

/** A pool of threads, each taking the next range when it is done with one. */
function inWorkers(jobs: readonly RecordsJob[], plan: AuditPlan, settings: AuditSettings, threads: number): Promise<RangeResult[]> {
  const results: RangeResult[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const stop = (error?: unknown) => {
      for (const worker of workers) void worker.terminate();
      if (error === undefined) resolve(results);
      else reject(error instanceof Error ? error : new Error(String(error)));
    };
    const feed = (worker: Worker, index: number) => {
      worker.once('message', (result: RangeResult) => {
        results[index] = result;
        done++;
        if (done === jobs.length) stop();
        else if (next < jobs.length) feed(worker, next++);
      });
      worker.postMessage(jobs[index]);
    };
    for (let i = 0; i < Math.min(threads, jobs.length); i++) {
      // A larger young generation: judging allocates many short-lived objects (parsed lines, stamps).
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { plan, settings }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      worker.on('error', stop);
      workers.push(worker);
      feed(worker, next++);
    }
  });
}

interface Merged {
  findings: FileFinding[];
  cases: number;
  latestDay: number | undefined;
  pending: { pending: PendingCase; file: string }[];
  powers: Map<number, PowerTally>;
  departments: Map<number, DepartmentTally>;
  unlisted: AuditOutcome['unlisted'];
}

/** Ranges in order: each file's lines numbered on from its previous range; nothing after a refusal. */
function merge(jobs: readonly RecordsJob[], results: readonly RangeResult[]): Merged {
  const merged: Merged = { findings: [], cases: 0, latestDay: undefined, pending: [], powers: new Map(), departments: new Map(), unlisted: new Map() };
  let file = '';
  let offset = 0;
  let refused = false;
  jobs.forEach((job, i) => {
    if (job.path !== file) {
      file = job.path;
      offset = 0;
      refused = false;
    }
    if (refused) return;
    const { tally, breaks } = results[i]!;
    const shift = (at: Where): Where => ({ ...at, line: at.line + offset });
    for (const finding of tally.findings) merged.findings.push({ ...finding, at: shift(finding.at), file });
    for (const pending of tally.pending) merged.pending.push({ pending: { ...pending, at: shift(pending.at) }, file });
    merged.cases += tally.cases;
    if (tally.latestDay !== undefined && (merged.latestDay === undefined || tally.latestDay > merged.latestDay)) merged.latestDay = tally.latestDay;
    for (const [power, counts] of tally.powers) addPower(merged.powers, power, counts);
    for (const [department, counts] of tally.departments) {
      const into = merged.departments.get(department) ?? { finished: 0, byHead: 0 };
      merged.departments.set(department, { finished: into.finished + counts.finished, byHead: into.byHead + counts.byHead });
    }
    for (const [code, { cases, at }] of tally.unlisted) {
      const into = merged.unlisted.get(code);
      if (into) into.cases += cases;
      else merged.unlisted.set(code, { cases, file, at: shift(at) });
    }
    offset += breaks;
    refused = results[i]!.refused;
  });
  return merged;
}

function addPower(powers: Map<number, PowerTally>, power: number, counts: PowerTally): void {
  const into = powers.get(power);
  if (!into) {
    powers.set(power, { ...counts, durations: new Map(counts.durations) });
    return;
  }
  into.cases += counts.cases;
  into.finished += counts.finished;
  into.judged += counts.judged;
  into.overdue += counts.overdue;
  for (const [used, n] of counts.durations) into.durations.set(used, (into.durations.get(used) ?? 0) + n);
}
