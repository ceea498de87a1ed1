import { collectFlowcharts } from '../flowchart/collect.js';
import { renderFlowcharts } from '../flowchart/render-flowcharts.js';
import type { CatalogueModel } from '../model/types.js';
import { progress } from './progress.js';

export interface DrawFlags {
  browser?: string;
  cacheDir?: string;
}

/** The catalogue's flowcharts, drawn (or taken from the cache) with a progress bar on a terminal. */
export async function drawFlowcharts(model: CatalogueModel, flags: DrawFlags) {
  const bar = progress('flowcharts');
  const drawn = await renderFlowcharts(collectFlowcharts(model), {
    browser: flags.browser,
    cacheDir: flags.cacheDir,
    env: process.env,
    onProgress: (done, total) => bar.update(done, total),
    onNote: (note) => process.stderr.write(`powercat: ${note}\n`),
  });
  return { ...drawn, finish: bar.finish };
}
