import { writeOutputDir } from '../../output/output-dir.js';
import { EXIT } from '../exit-codes.js';
import { lintedModel } from '../lint-gate.js';
import { drawFlowcharts } from '../draw-flowcharts.js';
import { repairAfterKilledRuns } from '../killed-runs.js';
import { checkOutputPath } from '../output-paths.js';

export interface RenderFlags {
  out: string;
  browser?: string;
  cacheDir?: string;
  lang?: string;
}

/** `powercat render`: lint first (errors → exit 1, nothing written), then one .mmd and .svg per distinct flowchart. */
export async function renderCommand(dir: string, flags: RenderFlags): Promise<number> {
  const started = Date.now();
  checkOutputPath(flags.out, 'replaced folder', `--out ${flags.out}`);
  repairAfterKilledRuns(flags.out);
  const linted = await lintedModel(dir, flags.lang, 'nothing was rendered');
  if (!linted) return EXIT.findings;
  const { root, model } = linted;
  const { flowcharts, stats, finish } = await drawFlowcharts(model, flags);
  const files = new Map<string, string>();
  for (const f of flowcharts) {
    files.set(`${f.id}.mmd`, f.source);
    files.set(`${f.id}.svg`, f.svg);
  }
  const index = { flowcharts: flowcharts.map((f) => ({ id: f.id, file: `${f.id}.svg`, view: f.view, powers: f.powers })) };
  files.set('flowcharts.json', JSON.stringify(index, null, 2) + '\n');
  await writeOutputDir(flags.out, files, [root]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  finish(`rendered ${flowcharts.length} flowcharts into ${flags.out} (${stats.rendered} drawn, ${stats.fromCache} from cache) in ${seconds} s`);
  return EXIT.ok;
}
