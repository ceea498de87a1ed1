import { WorkCalendar } from '../domain/work-calendar.js';
import type { AuditPlan, PlanCode } from './plan.js';
import { AUDIT_RULES } from './rules/index.js';
import type { AuditRule } from './rules/rule.js';

/** The rules to run and the options they read, as plain data (sent to worker threads). */
export interface AuditSettings {
  /** Ids of the audit rules that are not off. */
  enabled: string[];
  /** The catalogue's `power-concentration` share, for case-head-share. */
  share: number;
}

/** A plan made ready for judging: look-up tables and the calendar, built once per thread. */
export class AuditContext {
  readonly codes: ReadonlyMap<string, PlanCode>;
  readonly calendar: WorkCalendar;
  /** Per process: step id → index. */
  readonly stepIndexes: ReadonlyMap<string, number>[];
  readonly rules: readonly AuditRule[];

  constructor(
    readonly plan: AuditPlan,
    readonly settings: AuditSettings,
  ) {
    this.codes = new Map(plan.codes);
    this.calendar = new WorkCalendar(plan.localDays);
    this.stepIndexes = plan.processes.map((p) => new Map(p.steps.map((s) => [s.id, s.index])));
    this.rules = AUDIT_RULES.filter((r) => settings.enabled.includes(r.meta.id));
  }
}
