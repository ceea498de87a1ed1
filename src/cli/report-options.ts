import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyBaseline, baselinePath, createBaseline, parseBaseline, type Baseline } from '../lint/baseline.js';
import { parseLevel } from '../lint/config.js';
import type { Described } from '../lint/to-diagnostic.js';
import { UsageError } from '../core/errors.js';
import type { Level, Report } from '../core/diagnostic.js';
import { plural, type Lang } from '../core/messages.js';
import { FORMATTERS, type Formatter } from '../report/formatters/index.js';
import { toolInfo } from '../report/tool-info.js';
import { didYouMean } from '../util/did-you-mean.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { EXIT } from './exit-codes.js';
import { reasonOf } from '../core/file-reasons.js';
import { terminalWidth } from './terminal-width.js';
import { checkOutputPath } from './output-paths.js';

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

/**
 * The accepted findings of --baseline, read before the work starts so that a bad file stops it
 * early; the --baseline-write file is checked as early, so the work is never lost to it.
 */
export function readBaselineFlag(flags: ReportFlags): Baseline | undefined {
  if (flags.baseline && flags.baselineWrite) {
    throw new UsageError({ 'zh-CN': '--baseline 与 --baseline-write 只能用一个', en: 'use either --baseline or --baseline-write, not both' });
  }
  if (flags.baselineWrite !== undefined) checkOutputPath(flags.baselineWrite, 'file', `--baseline-write ${flags.baselineWrite}`);
  return flags.baseline === undefined ? undefined : readBaseline(flags.baseline);
}

function readBaseline(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = reasonOf(error);
    const create = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError({
      'zh-CN': `--baseline ${path}：无法读取（${reason['zh-CN']}）${create ? '；请先用 --baseline-write 生成' : ''}`,
      en: `--baseline ${path}: cannot read it (${reason.en})${create ? '; create it with --baseline-write' : ''}`,
    });
  }
  let parsed: Baseline | string;
  try {
    parsed = parseBaseline(JSON.parse(text));
  } catch {
    parsed = 'not valid JSON';
  }
  if (typeof parsed === 'string') {
    throw new UsageError({
      'zh-CN': `--baseline ${path}：不是有效的基线文件；请用 --baseline-write 重新生成`,
      en: `--baseline ${path}: not a valid baseline (${parsed}); write it again with --baseline-write`,
    });
  }
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
    const count = findings.report.diagnostics.length;
    process.stderr.write(
      `powercat: ${findings.lang === 'en' ? `recorded ${plural(count, 'finding')} in the baseline ${flags.baselineWrite}` : `已把 ${count} 个发现记入基线 ${flags.baselineWrite}`}\n`,
    );
    return { code: EXIT.ok, shown: undefined };
  }
  const shown = accepted ? withBaseline(findings, accepted, baselinePath(cwd, flags.baseline!)) : findings;
  const { lang, sources } = shown;
  for (const { formatter, path } of outputs) {
    const color = path === undefined && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    const width = terminalWidth(path === undefined ? process.stdout : undefined, process.env);
    const text = formatter(shown.report, { lang, color, sources, tool: toolInfo(rules, lang, docsUrl), width });
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

/**
 * `-f stylish -f json:report.json`: each format to its own file, the rest to --output or stdout.
 * Every file is checked before the work, so a report is never lost to a path that cannot be written.
 */
export function parseFormats(formats: readonly string[], output: string | undefined): Output[] {
  if (output !== undefined) checkOutputPath(output, 'file', `--output ${output}`);
  return (formats.length > 0 ? formats : ['stylish']).map((spec) => {
    const colon = spec.indexOf(':');
    const name = colon < 0 ? spec : spec.slice(0, colon);
    const formatter = FORMATTERS[name];
    if (!formatter) {
      const names = Object.keys(FORMATTERS).join(', ');
      throw new UsageError({ 'zh-CN': `未知的报告格式「${name}」；可用：${names}`, en: `unknown format "${name}"; use one of ${names}` });
    }
    if (colon < 0) return { formatter, path: output };
    const path = spec.slice(colon + 1);
    if (path === '') {
      throw new UsageError({
        'zh-CN': `-f ${spec} 冒号后缺少文件名；请写成 -f ${name}:文件名，或 -f ${name} 输出到屏幕`,
        en: `-f ${spec} names no file after the colon; write -f ${name}:FILE, or -f ${name} for standard output`,
      });
    }
    checkOutputPath(path, 'file', `-f ${spec}`);
    return { formatter, path };
  });
}

/** `--rule id=level`, for the rules of one command (`docs` names where they are listed). */
export function parseRuleFlags(flags: readonly string[], ids: readonly string[], docs: string): Map<string, Level> {
  const overrides = new Map<string, Level>();
  for (const flag of flags) {
    const [id, levelText] = flag.split('=') as [string, string | undefined];
    const level = parseLevel(levelText);
    if (!ids.includes(id)) {
      const meant = didYouMean(id, ids);
      throw new UsageError({
        'zh-CN': `--rule ${flag}：未知的规则「${id}」${meant ? `；是否想写「${meant}」？` : ''}（规则列表见 powercat explain 或 ${docs}）`,
        en: `--rule ${flag}: unknown rule "${id}"${meant ? `; did you mean "${meant}"?` : ''} (see ${docs})`,
      });
    }
    if (!level) throw new UsageError({ 'zh-CN': `--rule ${flag}：级别只能是 off、warn 或 error`, en: `--rule ${flag}: the level must be off, warn or error` });
    overrides.set(id, level);
  }
  return overrides;
}
