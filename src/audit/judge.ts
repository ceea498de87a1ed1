import { firstUncovered, latestDay } from './case-dates.js';
import type { AuditContext } from './audit-context.js';
import { casePointer, type RecordFinding } from './findings.js';
import type { CaseRecord, RecordStep, Where } from './records/case-record.js';
import type { CaseContext, DepartmentTally, Listing, PendingCase, RecordCheck } from './rules/rule.js';
import { timeUsed } from './time-used.js';

/** Per power: what the audit report shows. */
export interface PowerTally {
  cases: number;
  finished: number;
  /** Cases whose time was judged (finished ones here; pending ones when --as-of is known). */
  judged: number;
  overdue: number;
  /** Handling time of finished, judged cases in the power's unit → how many cases took it. */
  durations: Map<number, number>;
}

export interface UnlistedTally {
  cases: number;
  /** The first case of the code in the range. */
  at: Where;
}

/** What judging a range of records gives; ranges are put together in file order. */
export interface Tally {
  findings: RecordFinding[];
  /** Readable records. */
  cases: number;
  /** The latest date among the readable records (day number), for the default --as-of. */
  latestDay: number | undefined;
  pending: PendingCase[];
  powers: Map<number, PowerTally>;
  departments: Map<number, DepartmentTally>;
  unlisted: Map<string, UnlistedTally>;
}

export function emptyTally(): Tally {
  return { findings: [], cases: 0, latestDay: undefined, pending: [], powers: new Map(), departments: new Map(), unlisted: new Map() };
}

/** Holds one readable record against the catalogue: every enabled rule's findings, and the tallies. */
export function judge(record: CaseRecord, context: AuditContext, tally: Tally): void {
  const { calendar, plan, rules } = context;
  tally.cases++;
  const latest = latestDay(record);
  if (tally.latestDay === undefined || latest > tally.latestDay) tally.latestDay = latest;
  const listing = listingOf(record, context);
  const code = listing.kind === 'unknown' ? undefined : record.code;
  const add = (rule: string, checks: readonly RecordCheck[]) => {
    for (const check of checks) tally.findings.push({ rule, ...check, ...(code === undefined ? {} : { code }) });
  };
  for (const rule of rules) if (rule.checkRecord) add(rule.meta.id, rule.checkRecord(record, { calendar, listing }));
  if (listing.kind !== 'listed') {
    const seen = tally.unlisted.get(record.code);
    if (seen) seen.cases++;
    else tally.unlisted.set(record.code, { cases: 1, at: record.at });
    return;
  }
  const { power } = listing;
  const process = power.process === undefined ? undefined : plan.processes[power.process];
  const stepIndex = power.process === undefined ? undefined : context.stepIndexes[power.process];
  // Each record step's process step, found once: the rules ask for it many times.
  const nodes = record.steps.map((step) => {
    const i = stepIndex?.get(step.step);
    return i === undefined ? undefined : process!.steps[i];
  });
  const caseContext: CaseContext = {
    record,
    code: listing.code,
    power,
    department: power.department === undefined ? undefined : plan.departments[power.department],
    process,
    ordered: byStart(record.steps),
    processStep: (step: RecordStep) => nodes[step.index],
    timed: firstUncovered(record, calendar) === undefined,
    calendar,
  };
  for (const rule of rules) if (rule.checkCase) add(rule.meta.id, rule.checkCase(caseContext));
  countCase(caseContext, tally);
}

/** Steps in the order of their starts (ties as written); exports are usually in order already. */
function byStart(steps: readonly RecordStep[]): readonly RecordStep[] {
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.start.instant < steps[i - 1]!.start.instant) return [...steps].sort((a, b) => a.start.instant - b.start.instant);
  }
  return steps;
}

function listingOf(record: CaseRecord, context: AuditContext): Listing {
  const code = context.codes.get(record.code);
  if (!code) return { kind: 'unknown' };
  const power = context.plan.powers[code.power]!;
  const abolished = power.abolishedOn !== undefined && (power.abolishedOn === '' || power.abolishedOn <= record.accepted.date);
  return { kind: abolished ? 'abolished' : 'listed', code, power };
}

function countCase(c: CaseContext, tally: Tally): void {
  const { record, code, power, timed, calendar } = c;
  const index = code.power;
  let counts = tally.powers.get(index);
  if (!counts) {
    counts = { cases: 0, finished: 0, judged: 0, overdue: 0, durations: new Map() };
    tally.powers.set(index, counts);
  }
  counts.cases++;
  if (!record.finished) {
    if (timed && code.limit) {
      tally.pending.push({ case: record.case, code: record.code, at: record.at, pointer: casePointer(record.case), accepted: record.accepted.day, acceptedDate: record.accepted.date, limit: code.limit });
    }
    return;
  }
  counts.finished++;
  if (timed) {
    const used = timeUsed(code.limit, record.accepted.day, record.finished.day, calendar);
    if (used !== undefined) {
      counts.judged++;
      if (used > code.limit!.value) counts.overdue++;
    }
    const shown = calendar.count(power.unit, record.accepted.day, record.finished.day);
    counts.durations.set(shown, (counts.durations.get(shown) ?? 0) + 1);
  }
  if (power.department !== undefined) {
    const department = c.department!;
    let share = tally.departments.get(power.department);
    if (!share) {
      share = { finished: 0, byHead: 0 };
      tally.departments.set(power.department, share);
    }
    share.finished++;
    const decider = c.ordered.findLast((step) => c.processStep(step)?.function === 'decide');
    if (decider && department.heads.includes(decider.post)) share.byHead++;
  }
}
