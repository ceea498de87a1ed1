import { compareStrings } from '../../core/compare.js';
import type { Diagnostic, Severity } from '../../core/diagnostic.js';
import type { Lang } from '../../core/messages.js';
import { isCounted, type CountedUnit } from '../../domain/work-calendar.js';
import type { PowerTally } from '../judge.js';
import type { AuditPlan } from '../plan.js';
import { AUDIT_RULES } from '../rules/index.js';
import type { AuditOutcome } from '../run-records.js';

/** Findings listed one by one under a power or department; the rest are counted. */
export const LISTED_FINDINGS = 20;

export interface Counts {
  cases: number;
  finished: number;
  judged: number;
  overdue: number;
  findings: number;
}

export interface FindingView {
  rule: string;
  severity: Severity;
  message: string;
  /** `file:line`. */
  where: string;
}

export interface Listed {
  findings: FindingView[];
  /** Findings not listed. */
  more: number;
}

export interface PowerView extends Listed {
  code: string;
  name: string;
  counts: Counts;
  /** Median handling time of finished cases judged for time, in `unit`. */
  median: number | undefined;
  unit: CountedUnit;
  /** The power's own limit, when it is in `unit`. */
  limit: number | undefined;
  byRule: { rule: string; count: number }[];
}

export interface DepartmentView extends Listed {
  name: string;
  counts: Counts;
  /** Finished cases, and those whose final decision a head post made. */
  head: { finished: number; byHead: number } | undefined;
  powers: PowerView[];
}

export interface ReportData {
  catalogue: string;
  asOf: string | undefined;
  files: string[];
  /** The language of the findings' messages. */
  lang: Lang;
  /** Cases of listed codes; `findings` counts every finding. */
  counts: Counts;
  unlisted: { code: string; cases: number; first: string }[];
  byRule: { rule: string; severity: Severity; count: number }[];
  departments: DepartmentView[];
}

export interface ReportInput {
  catalogue: string;
  plan: AuditPlan;
  outcome: AuditOutcome;
  /** The findings as reported (after --rule and --baseline). */
  diagnostics: readonly Diagnostic[];
  powerOf: ReadonlyMap<Diagnostic, number>;
  departmentOf: ReadonlyMap<Diagnostic, number>;
  files: string[];
  lang: Lang;
  /** A records file's absolute path as reported. */
  displayPath: (path: string) => string;
}

/** What the audit report shows, from the outcome and the findings as reported (deterministic: sorted, no clock). */
export function reportData(input: ReportInput): ReportData {
  const { plan, outcome, diagnostics } = input;
  const codes = new Map(plan.codes);
  const ofPower = groupBy(diagnostics, input.powerOf);
  const ofDepartment = groupBy(diagnostics, input.departmentOf);
  const powersOf = new Map<number | undefined, PowerView[]>();
  plan.powers.forEach((power, index) => {
    const tally = outcome.powers.get(index);
    const found = ofPower.get(index) ?? [];
    if (!tally && found.length === 0) return;
    const ownLimit = codes.get(power.code)?.limit;
    const view: PowerView = {
      code: power.code,
      name: power.name,
      counts: countsOf(tally, found.length),
      median: tally ? median(tally.durations) : undefined,
      unit: power.unit,
      limit: ownLimit && isCounted(ownLimit.unit) ? ownLimit.value : undefined,
      byRule: byRule(found),
      ...listed(found),
    };
    powersOf.set(power.department, [...(powersOf.get(power.department) ?? []), view]);
  });
  const departments: DepartmentView[] = [];
  plan.departments.forEach((department, index) => {
    const powers = (powersOf.get(index) ?? []).sort((a, b) => compareStrings(a.code, b.code));
    const own = ofDepartment.get(index) ?? [];
    if (powers.length === 0 && own.length === 0) return;
    departments.push({ name: department.name, counts: sum(powers.map((p) => p.counts)), head: outcome.departments.get(index), powers, ...listed(own) });
  });
  return {
    catalogue: input.catalogue,
    asOf: outcome.asOf,
    files: input.files,
    lang: input.lang,
    counts: { ...sum(departments.map((d) => d.counts)), findings: diagnostics.length },
    unlisted: [...outcome.unlisted]
      .map(([code, { cases, file, at }]) => ({ code, cases, first: `${input.displayPath(file)}:${at.line}` }))
      .sort((a, b) => b.cases - a.cases || compareStrings(a.code, b.code)),
    byRule: byRule(diagnostics).map(({ rule, count }) => ({ rule, count, severity: diagnostics.find((d) => d.rule === rule)!.severity })),
    departments,
  };
}

function groupBy(diagnostics: readonly Diagnostic[], keyOf: ReadonlyMap<Diagnostic, number>): Map<number, Diagnostic[]> {
  const groups = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) {
    const key = keyOf.get(d);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}

function listed(found: readonly Diagnostic[]): Listed {
  return {
    findings: found.slice(0, LISTED_FINDINGS).map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, where: `${d.file}:${d.line}` })),
    more: Math.max(0, found.length - LISTED_FINDINGS),
  };
}

function countsOf(tally: PowerTally | undefined, findings: number): Counts {
  return { cases: tally?.cases ?? 0, finished: tally?.finished ?? 0, judged: tally?.judged ?? 0, overdue: tally?.overdue ?? 0, findings };
}

function sum(counts: readonly Counts[]): Counts {
  const total: Counts = { cases: 0, finished: 0, judged: 0, overdue: 0, findings: 0 };
  for (const c of counts) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  return total;
}

/** Counts per rule, in the order of the rules (FORMAT §7). */
function byRule(found: readonly Diagnostic[]): { rule: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const d of found) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return AUDIT_RULES.flatMap(({ meta }) => (counts.has(meta.id) ? [{ rule: meta.id, count: counts.get(meta.id)! }] : []));
}

/** The middle value of a histogram (value → how many); for an even count, the mean of the two middle values. */
export function median(histogram: ReadonlyMap<number, number>): number | undefined {
  const values = [...histogram].sort(([a], [b]) => a - b);
  const total = values.reduce((n, [, count]) => n + count, 0);
  if (total === 0) return undefined;
  const at = (rank: number) => {
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (rank < seen) return value;
    }
    return values.at(-1)![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}
