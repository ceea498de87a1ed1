import { compareStrings } from '../../core/compare.js';
import { plural } from '../../core/messages.js';
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
  const linted = await lintedModel(dir, flags.lang, { 'zh-CN': '没有画任何流程图', en: 'nothing was rendered' });
  if (!linted) return EXIT.findings;
  const { root, model, lang } = linted;
  const { flowcharts, stats, finish } = await drawFlowcharts(model, flags, lang);
  const files = new Map<string, string>();
  for (const f of flowcharts) {
    files.set(`${f.id}.mmd`, f.source);
    if (f.svg !== undefined) files.set(`${f.id}.svg`, standaloneSvg(f.svg));
  }
  files.set('flowcharts.json', JSON.stringify(chartIndex(flowcharts), null, 2) + '\n');
  await writeOutputDir(flags.out, files, [root]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  finish(
    lang === 'en'
      ? `rendered ${plural(flowcharts.length, 'flowchart')} into ${flags.out} (${stats.rendered} drawn, ${stats.fromCache} from cache${stats.textOnly > 0 ? `, ${stats.textOnly} as lists of steps only` : ''}) in ${seconds} s`
      : `已把 ${flowcharts.length} 张流程图写入 ${flags.out}（新画 ${stats.rendered} 张，取自缓存 ${stats.fromCache} 张${stats.textOnly > 0 ? `，${stats.textOnly} 张只列出步骤` : ''}），用时 ${seconds} 秒`,
  );
  return EXIT.ok;
}
