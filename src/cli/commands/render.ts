import { collectFlowcharts } from '../../flowchart/collect.js';
import { renderFlowcharts } from '../../flowchart/render-flowcharts.js';
import { catalogueRootOf, lintCatalogue } from '../../lint/run-lint.js';
import { writeOutputDir } from '../../output/output-dir.js';
import { stylish } from '../../report/formatters/stylish.js';
import { toolInfo } from '../../report/tool-info.js';
import { RULES } from '../../rules/index.js';
import { EXIT } from '../exit-codes.js';
import { progress } from '../progress.js';

export interface RenderFlags {
  out: string;
  browser?: string;
  cacheDir?: string;
  lang?: string;
}

/** `powercat render`: lint first (errors → exit 1, nothing written), then one .mmd and .svg per distinct flowchart. */
export async function renderCommand(dir: string, flags: RenderFlags): Promise<number> {
  const started = Date.now();
  const cwd = process.cwd();
  const root = catalogueRootOf(dir, cwd);
  const linted = await lintCatalogue(root, [root], { paths: [dir], cwd, lang: flags.lang, ruleOverrides: new Map(), env: process.env });
  if (linted.report.summary.errors > 0) {
    const color = Boolean(process.stderr.isTTY) && !process.env.NO_COLOR;
    process.stderr.write(stylish(linted.report, { lang: linted.lang, color, sources: linted.sources, tool: toolInfo(RULES, linted.lang) }));
    process.stderr.write('powercat: the catalogue has errors; nothing was rendered\n');
    return EXIT.findings;
  }
  const specs = collectFlowcharts(linted.model);
  const bar = progress('flowcharts');
  const { flowcharts, stats } = await renderFlowcharts(specs, {
    browser: flags.browser,
    cacheDir: flags.cacheDir,
    env: process.env,
    onProgress: (done, total) => bar.update(done, total),
    onNote: (note) => process.stderr.write(`powercat: ${note}\n`),
  });
  const files = new Map<string, string>();
  for (const f of flowcharts) {
    files.set(`${f.id}.mmd`, f.source);
    files.set(`${f.id}.svg`, f.svg);
  }
  const index = { flowcharts: flowcharts.map((f) => ({ id: f.id, file: `${f.id}.svg`, view: f.view, powers: f.powers })) };
  files.set('flowcharts.json', JSON.stringify(index, null, 2) + '\n');
  writeOutputDir(flags.out, files, [root]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  bar.finish(`rendered ${flowcharts.length} flowcharts into ${flags.out} (${stats.rendered} drawn, ${stats.fromCache} from cache) in ${seconds} s`);
  return EXIT.ok;
}
