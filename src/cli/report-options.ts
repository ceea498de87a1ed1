import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline, baselinePath, createBaseline, parseBaseline, type Baseline } from '../lint/baseline.js';
import { parseLevel } from '../lint/config.js';
import type { Described } from '../lint/to-diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { Level, Report } from '../core/diagnostic.js';
import type { Lang } from '../core/messages.js';
import { FORMATTERS, type Formatter } from '../report/formatters/index.js';
import { toolInfo } from '../report/tool-info.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { EXIT } from './exit-codes.js';

/*
 * The report flags `lint` and `audit` share: -f/--format, -o/--output, --rule, --baseline,
 * --baseline-write, --max-warnings, and the exit code they lead to.
 */

export interface ReportFlags {
  format: string[];
  baseline?: string;
  baselineWrite?: string;
  output?: string;
  maxWarnings?: number;
  rule: string[];
}

export interface Findings {
  report: Report;
  lang: Lang;
  sources: Map<string, string>;
}

/** The accepted findings of --baseline, read before the work starts so that a bad file stops it early. */
export function readBaselineFlag(flags: ReportFlags): Baseline | undefined {
  if (flags.baseline && flags.baselineWrite) throw new UsageError('use either --baseline or --baseline-write, not both');
  if (flags.baseline === undefined) return undefined;
  let parsed: Baseline | string;
  try {
    parsed = parseBaseline(JSON.parse(readFileSync(flags.baseline, 'utf8')));
  } catch (error) {
    parsed = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --baseline-write)' : 'not valid JSON';
  }
  if (typeof parsed === 'string') throw new UsageError(`--baseline ${flags.baseline}: ${parsed}`);
  return parsed;
}

/**
 * Writes the baseline (--baseline-write), or prints the report in every format asked for. Returns
 * the exit code, and the findings as shown (without those the baseline accepts), if any were.
 */
export function report<F extends Findings>(
  findings: F,
  flags: ReportFlags,
  accepted: Baseline | undefined,
  rules: readonly Described[],
  docsUrl?: string,
): { code: number; shown: F | undefined } {
  const cwd = process.cwd();
  const outputs = parseFormats(flags.format, flags.output);
  if (flags.baselineWrite !== undefined) {
    const baseline = createBaseline(findings.report.diagnostics, baselinePath(cwd, flags.baselineWrite));
    writeFileAtomic(resolve(flags.baselineWrite), JSON.stringify(baseline, null, 2) + '\n');
    process.stderr.write(`powercat: recorded ${findings.report.diagnostics.length} findings in the baseline ${flags.baselineWrite}\n`);
    return { code: EXIT.ok, shown: undefined };
  }
  const shown = accepted ? withBaseline(findings, accepted, baselinePath(cwd, flags.baseline!)) : findings;
  const { lang, sources } = shown;
  for (const { formatter, path } of outputs) {
    const color = path === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = formatter(shown.report, { lang, color, sources, tool: toolInfo(rules, lang, docsUrl) });
    if (path === undefined) process.stdout.write(text);
    else writeFileAtomic(resolve(path), text);
  }
  const { errors, warnings } = shown.report.summary;
  const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  return { code: errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok, shown };
}

export function withBaseline<F extends Findings>(findings: F, baseline: Baseline, locate: ReturnType<typeof baselinePath>): F {
  const { fresh, baselined } = applyBaseline(findings.report.diagnostics, baseline, locate);
  const count = (severity: string) => fresh.filter((d) => d.severity === severity).length;
  return {
    ...findings,
    report: { diagnostics: fresh, summary: { ...findings.report.summary, errors: count('error'), warnings: count('warning'), baselined } },
  };
}

interface Output {
  formatter: Formatter;
  path: string | undefined;
}

/** `-f stylish -f json:report.json`: each format to its own file, the rest to --output or stdout. */
export function parseFormats(formats: readonly string[], output: string | undefined): Output[] {
  return (formats.length > 0 ? formats : ['stylish']).map((spec) => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const formatter = FORMATTERS[name];
    if (!formatter) throw new UsageError(`unknown format "${name}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
    return { formatter, path: colon < 0 ? output : spec.slice(colon + 1) };
  });
}

/** `--rule id=level`, for the rules of one command (`docs` names where they are listed). */
export function parseRuleFlags(flags: readonly string[], ids: readonly string[], docs: string): Map<string, Level> {
  const overrides = new Map<string, Level>();
  for (const flag of flags) {
    const [id, levelText] = flag.split('=') as [string, string | undefined];
    const level = parseLevel(levelText);
    if (!ids.includes(id)) throw new UsageError(`--rule ${flag}: unknown rule "${id}" (see ${docs})`);
    if (!level) throw new UsageError(`--rule ${flag}: the level must be off, warn or error`);
    overrides.set(id, level);
  }
  return overrides;
}
