import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseLevel } from '../../lint/config.js';
import { UsageError } from '../../core/errors.js';
import { applyBaseline, baselinePath, createBaseline, parseBaseline, type Baseline } from '../../lint/baseline.js';
import { LintCache } from '../../lint/lint-cache.js';
import { lint, type LintResult } from '../../lint/run-lint.js';
import type { Level } from '../../core/diagnostic.js';
import { FORMATTERS, type Formatter } from '../../report/formatters/index.js';
import { RULE_IDS, RULES } from '../../rules/index.js';
import { toolInfo } from '../../report/tool-info.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';

export interface LintFlags {
  format: string[];
  baseline?: string;
  baselineWrite?: string;
  output?: string;
  maxWarnings?: number;
  lang?: string;
  rule: string[];
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const outputs = parseFormats(flags.format, flags.output);
  if (flags.baseline && flags.baselineWrite) throw new UsageError('use either --baseline or --baseline-write, not both');
  const accepted = flags.baseline === undefined ? undefined : readBaseline(flags.baseline);
  const result = await lint({
    paths,
    cwd: process.cwd(),
    lang: flags.lang,
    ruleOverrides: parseRuleFlags(flags.rule),
    env: process.env,
    jobs: flags.jobs,
    cacheDir: flags.cacheLocation !== undefined ? resolve(flags.cacheLocation) : flags.cache ? LintCache.defaultDir(process.env) : undefined,
    changedSince: flags.changedSince,
  });
  for (const note of result.notes) process.stderr.write(`powercat: ${note}\n`);
  const cwd = process.cwd();
  if (flags.baselineWrite !== undefined) {
    const baseline = createBaseline(result.report.diagnostics, baselinePath(cwd, flags.baselineWrite));
    writeFileAtomic(resolve(flags.baselineWrite), JSON.stringify(baseline, null, 2) + '\n');
    process.stderr.write(`powercat: recorded ${result.report.diagnostics.length} findings in the baseline ${flags.baselineWrite}\n`);
    return EXIT.ok;
  }
  const { report, lang, sources } = accepted ? withBaseline(result, accepted, baselinePath(cwd, flags.baseline!)) : result;
  for (const { formatter, path } of outputs) {
    const color = path === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const text = formatter(report, { lang, color, sources, tool: toolInfo(RULES, lang) });
    if (path === undefined) process.stdout.write(text);
    else writeFileAtomic(resolve(path), text);
  }
  const { errors, warnings } = report.summary;
  const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  return errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
}

function readBaseline(path: string): Baseline {
  let parsed: Baseline | string;
  try {
    parsed = parseBaseline(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    parsed = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (create it with --baseline-write)' : 'not valid JSON';
  }
  if (typeof parsed === 'string') throw new UsageError(`--baseline ${path}: ${parsed}`);
  return parsed;
}

function withBaseline(result: LintResult, baseline: Baseline, locate: ReturnType<typeof baselinePath>): LintResult {
  const { fresh, baselined } = applyBaseline(result.report.diagnostics, baseline, locate);
  const count = (severity: string) => fresh.filter((d) => d.severity === severity).length;
  return {
    ...result,
    report: { diagnostics: fresh, summary: { ...result.report.summary, errors: count('error'), warnings: count('warning'), baselined } },
  };
}

interface Output {
  formatter: Formatter;
  path: string | undefined;
}

/** `-f stylish -f json:report.json`: each format to its own file, the rest to --output or stdout. */
function parseFormats(formats: readonly string[], output: string | undefined): Output[] {
  return (formats.length > 0 ? formats : ['stylish']).map((spec) => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const formatter = FORMATTERS[name];
    if (!formatter) throw new UsageError(`unknown format "${name}"; use one of ${Object.keys(FORMATTERS).join(', ')}`);
    return { formatter, path: colon < 0 ? output : spec.slice(colon + 1) };
  });
}

function parseRuleFlags(flags: readonly string[]): Map<string, Level> {
  const overrides = new Map<string, Level>();
  for (const flag of flags) {
    const [id, levelText] = flag.split('=') as [string, string | undefined];
    const level = parseLevel(levelText);
    if (!RULE_IDS.includes(id)) throw new UsageError(`--rule ${flag}: unknown rule "${id}" (see docs/rules.md)`);
    if (!level) throw new UsageError(`--rule ${flag}: the level must be off, warn or error`);
    overrides.set(id, level);
  }
  return overrides;
}
