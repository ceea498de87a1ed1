import { compareStrings } from '../../core/compare.js';
import { standaloneSvg } from '../../flowchart/draw-chart.js';
import type { RenderedFlowchart } from '../../flowchart/render-flowcharts.js';
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

/**
 * flowcharts.json: every chart with its files, the templates it is drawn from and the powers that
 * show it; and every power with its charts by view — so a chart is found from either side.
 */
function chartIndex(flowcharts: readonly RenderedFlowchart[]) {
  const powers: Record<string, Partial<Record<RenderedFlowchart['view'], string>>> = {};
  for (const f of flowcharts) for (const code of f.powers) (powers[code] ??= {})[f.view] = f.id;
  return {
    flowcharts: flowcharts.map((f) => ({
      id: f.id,
      view: f.view,
      // null: too large to draw, published as its list of steps (a note said so)
      file: f.svg === undefined ? null : `${f.id}.svg`,
      source: `${f.id}.mmd`,
      templates: f.templates,
      powers: f.powers,
    })),
    powers: Object.fromEntries(Object.entries(powers).sort(([a], [b]) => compareStrings(a, b))),
  };
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
    if (f.svg !== undefined) files.set(`${f.id}.svg`, standaloneSvg(f.svg));
  }
  files.set('flowcharts.json', JSON.stringify(chartIndex(flowcharts), null, 2) + '\n');
  await writeOutputDir(flags.out, files, [root]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const textOnly = stats.textOnly > 0 ? `, ${stats.textOnly} as lists of steps only` : '';
  finish(`rendered ${flowcharts.length} flowcharts into ${flags.out} (${stats.rendered} drawn, ${stats.fromCache} from cache${textOnly}) in ${seconds} s`);
  return EXIT.ok;
}
