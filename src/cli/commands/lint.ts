import { resolve } from 'node:path';
import { LintCache } from '../../lint/lint-cache.js';
import { lint } from '../../lint/run-lint.js';
import { RULE_IDS, RULES } from '../../rules/index.js';
import { parseFormats, parseRuleFlags, readBaselineFlag, report, type ReportFlags } from '../report-options.js';

export interface LintFlags extends ReportFlags {
  lang?: string;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  changedSince?: string;
  debug?: boolean;
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  parseFormats(flags.format, flags.output);
  const accepted = readBaselineFlag(flags);
  const result = await lint({
    paths,
    cwd: process.cwd(),
    lang: flags.lang,
    ruleOverrides: parseRuleFlags(flags.rule, RULE_IDS, 'docs/rules.md'),
    env: process.env,
    jobs: flags.jobs,
    cacheDir: flags.cacheLocation !== undefined ? resolve(flags.cacheLocation) : flags.cache ? LintCache.defaultDir(process.env) : undefined,
    changedSince: flags.changedSince,
    debug: flags.debug,
  });
  for (const note of result.notes) process.stderr.write(`powercat: ${note[result.lang]}\n`);
  return report(result, flags, accepted, RULES).code;
}
