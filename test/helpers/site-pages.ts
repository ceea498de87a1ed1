import { join } from 'node:path';
import { collectFlowcharts } from '../../src/flowchart/collect.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import type { PageInput } from '../../src/site/render-pages.js';
import { REPO } from './catalogue.js';

/** An SVG shaped like the renderer's, without a browser. */
export const svgOf = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="fc" viewBox="0 0 100 40" width="100" height="40" style="--fc-min-width:86px"><g class="e"><path d="M50,0V10"/></g><g class="s k"><rect class="o" x="5" y="10" width="90" height="25" rx="4"/><text class="n" x="50" y="28">${label}</text></g></svg>`;

/** A catalogue folder's pages input, the way `powercat build` gets there; SVGs stand in for the browser's. */
export async function catalogueInput(root: string, generatedOn: string | undefined = '2025-06-30'): Promise<PageInput> {
  const linted = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  const specs = collectFlowcharts(linted.model);
  return {
    catalogue: publicCatalogue(linted.model, specs),
    flowcharts: new Map(specs.map((s) => [s.id, { spec: s, svg: svgOf(s.outline[0] ?? '') }])),
    generatedOn,
  };
}

/** The bundled example. */
export const exampleInput = (): Promise<PageInput> => catalogueInput(join(REPO, 'examples/qingshui'));
