import type { RenderedFlowchart } from '../flowchart/render-flowcharts.js';
import type { CatalogueModel } from '../model/types.js';
import { SITE_CSS } from './assets.js';
import { openDataFiles } from './exports/index.js';
import { publicCatalogue } from './public-data.js';
import { renderPages } from './render-pages.js';

/**
 * Every file of the disclosure site, by relative path: pages, stylesheet, flowcharts and open
 * data. Pure apart from the XLSX library: the same model and flowcharts give the same bytes.
 */
export async function siteFiles(
  model: CatalogueModel,
  flowcharts: readonly RenderedFlowchart[],
  generatedOn: string,
): Promise<Map<string, string | Uint8Array>> {
  const catalogue = publicCatalogue(model, flowcharts);
  const published = new Set(catalogue.powers.flatMap((p) => Object.values(p.flowcharts)));
  const shown = flowcharts.filter((f) => published.has(f.id));
  const files = new Map<string, string | Uint8Array>(
    renderPages({ catalogue, flowcharts: new Map(shown.map((f) => [f.id, { svg: f.svg, spec: f }])), generatedOn }),
  );
  files.set('assets/site.css', SITE_CSS);
  for (const f of shown) files.set(`flowcharts/${f.id}.svg`, f.svg);
  for (const [path, content] of await openDataFiles(catalogue, generatedOn)) files.set(path, content);
  return files;
}
