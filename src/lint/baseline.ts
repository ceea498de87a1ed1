import { relative, resolve, sep } from 'node:path';
import { compareStrings } from '../core/compare.js';
import { type Diagnostic } from '../core/diagnostic.js';

/**
 * Old findings a catalogue adopting CI accepts for now. Keyed by rule + file + JSON pointer, not by
 * line, so edits above a finding do not wake it up; a count per key lets a second finding at the
 * same node still be new.
 */
export interface Baseline {
  version: 1;
  findings: BaselineEntry[];
}

export interface BaselineEntry {
  rule: string;
  /** Relative to the baseline file's folder, forward slashes. */
  file: string;
  pointer: string;
  count: number;
}

type Locate = (diagnostic: Diagnostic) => string;

/** Paths in a baseline are relative to where the baseline file lives, so it works from any cwd. */
export function baselinePath(cwd: string, baselineFile: string): Locate {
  const base = resolve(cwd, baselineFile, '..');
  return (d) => relative(base, resolve(cwd, d.file)).split(sep).join('/');
}

const keyOf = (rule: string, file: string, pointer: string) => JSON.stringify([rule, file, pointer]);

export function createBaseline(diagnostics: readonly Diagnostic[], locate: Locate): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const d of diagnostics) {
    const file = locate(d);
    const key = keyOf(d.rule, file, d.pointer);
    const entry = counts.get(key) ?? { rule: d.rule, file, pointer: d.pointer, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const findings = [...counts.values()].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.pointer, b.pointer) || compareStrings(a.rule, b.rule),
  );
  return { version: 1, findings };
}

/** The findings the baseline does not cover, and how many it covered. */
export function applyBaseline(
  diagnostics: readonly Diagnostic[],
  baseline: Baseline,
  locate: Locate,
): { fresh: Diagnostic[]; baselined: number } {
  const remaining = new Map(baseline.findings.map((e) => [keyOf(e.rule, e.file, e.pointer), e.count]));
  const fresh: Diagnostic[] = [];
  let baselined = 0;
  for (const d of diagnostics) {
    const key = keyOf(d.rule, locate(d), d.pointer);
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      baselined++;
    } else {
      fresh.push(d);
    }
  }
  return { fresh, baselined };
}

/** Checks the shape of a parsed baseline file; the message says what is wrong. */
export function parseBaseline(value: unknown): Baseline | string {
  const v = value as Partial<Baseline> | null;
  if (!v || v.version !== 1 || !Array.isArray(v.findings)) return 'not a powercat baseline (expected {"version": 1, "findings": [...]})';
  for (const [i, e] of v.findings.entries()) {
    if (typeof e?.rule !== 'string' || typeof e.file !== 'string' || typeof e.pointer !== 'string' || !Number.isInteger(e.count) || e.count < 1) {
      return `entry ${i} needs rule, file, pointer (strings) and count (a whole number ≥ 1)`;
    }
  }
  return v as Baseline;
}
