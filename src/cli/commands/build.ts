import { writeOutputDir } from '../../output/output-dir.js';
import { siteFiles } from '../../site/build-site.js';
import { siteDate } from '../../site/site-date.js';
import { EXIT } from '../exit-codes.js';
import { lintedModel } from '../lint-gate.js';
import { drawFlowcharts } from '../draw-flowcharts.js';

export interface BuildFlags {
  out: string;
  browser?: string;
  cacheDir?: string;
  lang?: string;
}

/**
 * `powercat build`: lint (errors → exit 1, nothing written, the previous site untouched), draw the
 * flowcharts (cached), write the site into a staging folder and swap it in.
 */
export async function buildCommand(dir: string, flags: BuildFlags): Promise<number> {
  const started = Date.now();
  const linted = await lintedModel(dir, flags.lang, 'the site was not built (the previous one is untouched)');
  if (!linted) return EXIT.findings;
  const { root, model } = linted;
  const { flowcharts, stats, finish } = await drawFlowcharts(model, flags);
  const files = await siteFiles(model, flowcharts, siteDate(model, process.env));
  writeOutputDir(flags.out, files, [root]);
  const pages = [...files.keys()].filter((f) => f.endsWith('.html')).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  finish(
    `built ${pages} pages into ${flags.out} (${flowcharts.length} flowcharts: ${stats.rendered} drawn, ${stats.fromCache} from cache) in ${seconds} s`,
  );
  return EXIT.ok;
}
