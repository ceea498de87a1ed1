import { catalogueRootOf, lintCatalogue } from '../lint/run-lint.js';
import type { CatalogueModel } from '../model/types.js';
import { stylish } from '../report/formatters/stylish.js';
import { toolInfo } from '../report/tool-info.js';
import { RULES } from '../rules/index.js';
import { terminalWidth } from './terminal-width.js';

/**
 * The check every publishing command starts with: the catalogue's model when it has no errors;
 * otherwise the findings are printed to stderr and nothing may be written.
 */
export async function lintedModel(dir: string, lang: string | undefined, what: string): Promise<{ root: string; model: CatalogueModel } | undefined> {
  const cwd = process.cwd();
  const root = catalogueRootOf(dir, cwd);
  const linted = await lintCatalogue(root, [root], { paths: [dir], cwd, lang, ruleOverrides: new Map(), env: process.env });
  if (linted.report.summary.errors === 0) return { root, model: linted.model };
  const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
  const width = terminalWidth(process.stderr, process.env);
  process.stderr.write(stylish(linted.report, { lang: linted.lang, color, sources: linted.sources, tool: toolInfo(RULES, linted.lang), width }));
  process.stderr.write(`powercat: the catalogue has errors; ${what}\n`);
  return undefined;
}
