import type { WorkCalendar } from '../../domain/work-calendar.js';
import type { Limit } from '../../model/types.js';
import type { MessageData } from '../../core/messages.js';
import type { RuleDescription } from '../../rules/rule.js';
import type { AuditPlan, PlanCode, PlanDepartment, PlanPower, PlanProcess, PlanStep } from '../plan.js';
import type { CaseRecord, RecordStep, Where } from '../records/case-record.js';

/*
 * An audit rule: metadata like a catalogue rule's (id, default severity, zh-CN/en messages,
 * examples, options) and pure checks at the points of an audit where it has something to judge.
 * Checks return findings as data; the wording is filled in when they are reported.
 */

/** A finding at a record. */
export interface RecordCheck<M extends string = string> {
  messageId: M;
  data: MessageData;
  at: Where;
  pointer: string;
}

/** A finding at a department of the catalogue. */
export interface DepartmentCheck<M extends string = string> {
  messageId: M;
  data: MessageData;
  department: number;
}

/** What the catalogue says of a record's code. */
export type Listing =
  | { kind: 'listed'; code: PlanCode; power: PlanPower }
  | { kind: 'abolished'; code: PlanCode; power: PlanPower }
  | { kind: 'unknown' };

/** Every readable record, listed or not. */
export interface RecordContext {
  calendar: WorkCalendar;
  listing: Listing;
}

/** A case whose code the catalogue lists (and whose power was in force when it was accepted). */
export interface CaseContext {
  record: CaseRecord;
  code: PlanCode;
  power: PlanPower;
  department: PlanDepartment | undefined;
  /** The power's internal process. */
  process: PlanProcess | undefined;
  /** The record's steps ordered by `start` (ties in the order written). */
  ordered: readonly RecordStep[];
  /** The process step a record step names, if the process has it. */
  processStep(step: RecordStep): PlanStep | undefined;
  /** Every date of the case lies in a year the official calendar covers (else time is not judged). */
  timed: boolean;
  calendar: WorkCalendar;
}

/** A listed case without `finished`, judged at `--as-of` after every record is read. */
export interface PendingCase {
  case: string;
  code: string;
  at: Where;
  pointer: string;
  accepted: number;
  acceptedDate: string;
  limit: Limit;
}

export interface PendingContext {
  /** The as-of date, as a day number. */
  asOf: number;
  asOfDate: string;
  calendar: WorkCalendar;
}

/** Per department (by index), over its finished listed cases. */
export interface DepartmentTally {
  finished: number;
  /** Finished cases whose final decide step a head post made. */
  byHead: number;
}

export interface TotalsContext {
  plan: AuditPlan;
  departments: ReadonlyMap<number, DepartmentTally>;
  /** The catalogue's `power-concentration` share (0–1). */
  share: number;
}

export interface AuditRule<M extends string = string> {
  meta: RuleDescription<M>;
  checkRecord?(record: CaseRecord, context: RecordContext): RecordCheck<M>[];
  checkCase?(context: CaseContext): RecordCheck<M>[];
  checkPending?(pending: PendingCase, context: PendingContext): RecordCheck<M>[];
  checkTotals?(context: TotalsContext): DepartmentCheck<M>[];
}

export function defineAuditRule<M extends string>(rule: AuditRule<M>): AuditRule<M> {
  return rule;
}
