import type { Lang } from '../core/messages.js';
import { collectFlowcharts } from '../flowchart/collect.js';
import { renderFlowcharts } from '../flowchart/render-flowcharts.js';
import type { CatalogueModel } from '../model/types.js';
import { progress } from './progress.js';

export interface DrawFlags {
  browser?: string;
  cacheDir?: string;
}

const LABEL: Readonly<Record<Lang, string>> = { 'zh-CN': '流程图', en: 'flowcharts' };

/** The catalogue's flowcharts, drawn (or taken from the cache) with a progress bar on a terminal; notes in `lang`. */
export async function drawFlowcharts(model: CatalogueModel, flags: DrawFlags, lang: Lang) {
  const bar = progress(LABEL[lang]);
  const drawn = await renderFlowcharts(collectFlowcharts(model), {
    browser: flags.browser,
    cacheDir: flags.cacheDir,
    env: process.env,
    onProgress: (done, total) => bar.update(done, total),
    onNote: (note) => process.stderr.write(`powercat: ${note[lang]}\n`),
  });
  return { ...drawn, finish: bar.finish };
}
