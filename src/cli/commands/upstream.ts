import { resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { catalogueRootOf, lintCatalogue } from '../../lint/run-lint.js';
import { COVERAGE_FORMATS, formatCoverage, type CoverageFormat } from '../../report/upstream-coverage.js';
import { coverageOf } from '../../upstream/coverage.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';
import { checkOutputPath } from '../output-paths.js';

export interface UpstreamFlags {
  format: string;
  output?: string;
  lang?: string;
}

/**
 * The coverage report of the catalogue's upstream lists. Exit 0 with the report; 1 when a list
 * could not be read or fails its pin (its counts are then missing; `lint` says why).
 */
export async function upstreamCommand(dir: string, flags: UpstreamFlags): Promise<number> {
  if (!(COVERAGE_FORMATS as readonly string[]).includes(flags.format)) {
    const names = COVERAGE_FORMATS.join(', ');
    throw new UsageError({ 'zh-CN': `未知的报告格式「${flags.format}」；可用：${names}`, en: `unknown format "${flags.format}"; use one of ${names}` });
  }
  if (flags.output !== undefined) checkOutputPath(flags.output, 'file', `--output ${flags.output}`);
  const cwd = process.cwd();
  const root = catalogueRootOf(dir, cwd);
  const linted = await lintCatalogue(root, [root], { paths: [dir], cwd, lang: flags.lang, ruleOverrides: new Map(), env: process.env });
  const coverage = coverageOf(linted.model);
  if (coverage.lists.length === 0) {
    throw new UsageError({
      'zh-CN': `${dir} 的 powercat.yaml 没有写上级目录（upstream），无从对照；写法见 docs/upstream.md`,
      en: `powercat.yaml of ${dir} names no upstream list, so there is nothing to compare; see docs/upstream.md`,
    });
  }
  const report = formatCoverage(coverage, flags.format as CoverageFormat, linted.lang);
  if (flags.output === undefined) process.stdout.write(report);
  else writeFileAtomic(resolve(flags.output), report);
  const unusable = coverage.lists.filter((list) => list.problem);
  for (const list of unusable) {
    process.stderr.write(
      linted.lang === 'en'
        ? `powercat: the upstream list "${list.name}" was not compared: it cannot be read or fails its pin (powercat lint says why)\n`
        : `powercat: 上级目录「${list.name}」无法读取或未通过校验，未作对照（原因见 powercat lint）\n`,
    );
  }
  return unusable.length > 0 ? EXIT.findings : EXIT.ok;
}
