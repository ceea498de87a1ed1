import { lint } from '../../lint/run-lint.js';
import { RULE_IDS, RULES } from '../../rules/index.js';
import { parseFormats, parseRuleFlags, readBaselineFlag, report, type ReportFlags } from '../report-options.js';

export interface LintFlags extends ReportFlags {
  lang?: string;
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
  });
  return report(result, flags, accepted, RULES).code;
}
