import { resolve } from 'node:path';
import { parseLevel } from '../../lint/config.js';
import { UsageError } from '../../lint/errors.js';
import { lint } from '../../lint/run-lint.js';
import type { Level } from '../../report/diagnostic.js';
import { FORMATTERS } from '../../report/formatters/index.js';
import { RULE_IDS } from '../../rules/index.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';

export interface LintFlags {
  format: string;
  output?: string;
  maxWarnings?: number;
  lang?: string;
  rule: string[];
}

export async function lintCommand(paths: string[], flags: LintFlags): Promise<number> {
  const { report, lang } = await lint({
    paths,
    cwd: process.cwd(),
    lang: flags.lang,
    ruleOverrides: parseRuleFlags(flags.rule),
    env: process.env,
  });
  const formatter = FORMATTERS[flags.format]!;
  const toFile = flags.output !== undefined;
  const color = !toFile && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const text = formatter(report, { lang, color });
  if (toFile) writeFileAtomic(resolve(flags.output!), text);
  else process.stdout.write(text);
  const { errors, warnings } = report.summary;
  const tooManyWarnings = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
  return errors > 0 || tooManyWarnings ? EXIT.findings : EXIT.ok;
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
