import type { Lang, LocalizedText } from '../core/messages.js';
import { catalogueRootOf, lintCatalogue } from '../lint/run-lint.js';
import type { CatalogueModel } from '../model/types.js';
import { stylish } from '../report/formatters/stylish.js';
import { toolInfo } from '../report/tool-info.js';
import { RULES } from '../rules/index.js';
import { terminalWidth } from './terminal-width.js';

const HAS_ERRORS: LocalizedText = { 'zh-CN': '清单有错误，', en: 'the catalogue has errors; ' };

/**
 * The check every publishing command starts with: the catalogue's model, and the language its
 * messages are in, when it has no errors; otherwise the findings are printed to stderr, with
 * `what` (what was not done, in each language), and nothing may be written.
 */
export async function lintedModel(dir: string, lang: string | undefined, what: LocalizedText): Promise<{ root: string; model: CatalogueModel; lang: Lang } | undefined> {
  const cwd = process.cwd();
  const root = catalogueRootOf(dir, cwd);
  const linted = await lintCatalogue(root, [root], { paths: [dir], cwd, lang, ruleOverrides: new Map(), env: process.env });
  if (linted.report.summary.errors === 0) return { root, model: linted.model, lang: linted.lang };
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
  const width = terminalWidth(process.stderr, process.env);
  process.stderr.write(stylish(linted.report, { lang: linted.lang, color, sources: linted.sources, tool: toolInfo(RULES, linted.lang), width }));
  process.stderr.write(`powercat: ${HAS_ERRORS[linted.lang]}${what[linted.lang]}\n`);
  return undefined;
}
