import { join } from 'node:path';
import { collectFlowcharts } from '../../src/flowchart/collect.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import type { PageInput } from '../../src/site/render-pages.js';
import { REPO } from './catalogue.js';

/** An SVG shaped like the renderer's, without a browser. */
export const svgOf = (id: string, label: string) =>
  `<svg id="${id}" width="100%" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" role="graphics-document document"><g id="${id}-n0"><text x="5" y="20">${label}</text></g></svg>`;

/** A catalogue folder's pages input, the way `powercat build` gets there; SVGs stand in for the browser's. */
export async function catalogueInput(root: string, generatedOn: string | undefined = '2025-06-30'): Promise<PageInput> {
  const linted = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  const specs = collectFlowcharts(linted.model);
  return {
    catalogue: publicCatalogue(linted.model, specs),
    flowcharts: new Map(specs.map((s) => [s.id, { spec: s, svg: svgOf(s.id, s.outline[0] ?? '') }])),
    generatedOn,
  };
}

/** The bundled example. */
export const exampleInput = (): Promise<PageInput> => catalogueInput(join(REPO, 'examples/qingshui'));
