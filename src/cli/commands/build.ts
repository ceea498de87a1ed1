import { FlowchartCache } from '../../flowchart/cache.js';
import { writeOutput, type WriteStats } from '../../output/output-dir.js';
import { plural, type Lang, type LocalizedText } from '../../core/messages.js';
import { sourceDate } from '../../core/source-date.js';
import type { RenderStats } from '../../flowchart/render-flowcharts.js';
import { siteUnits } from '../../site/build-site.js';
import { readManifestFile } from '../../site/manifest.js';
import { readSigningKey } from '../../site/signing.js';
import { catalogueCommit } from '../../util/git-commit.js';
import { EXIT } from '../exit-codes.js';
import { lintedModel } from '../lint-gate.js';
import { drawFlowcharts } from '../draw-flowcharts.js';
import { repairAfterKilledRuns } from '../killed-runs.js';
import { progress } from '../progress.js';
import { checkOutputPath } from '../output-paths.js';

export interface BuildFlags {
  out: string;
  browser?: string;
  cacheDir?: string;
  lang?: string;
  /** Produce every file again instead of reusing the previous build's unchanged ones. */
  clean?: boolean;
  /** Print where the time went, as one JSON line on stderr. */
  timings?: boolean;
  /** A private key file: sign the manifest (manifest.sig) and publish the public key. */
  sign?: string;
  /** The previous release's manifest.json, or a copy of its site: the new manifest names its hash. */
  previousManifest?: string;
}

/**
 * `powercat build`: lint (errors → exit 1, nothing written, the previous site untouched), draw the
 * flowcharts (cached), write the site into a new version folder and swap it in. Pages, flowcharts,
 * search index and open data whose inputs did not change are taken from the previous build.
 */
export async function buildCommand(dir: string, flags: BuildFlags): Promise<number> {
  const started = performance.now();
  const date = sourceDate(process.env.SOURCE_DATE_EPOCH); // a bad value stops the build before any work
  checkOutputPath(flags.out, 'replaced folder', `--out ${flags.out}`);
  repairAfterKilledRuns(flags.out);
  // read before anything is written: the previous manifest may be the one in --out
  const signing = flags.sign === undefined ? undefined : readSigningKey(flags.sign, `--sign ${flags.sign}`);
  const previous = flags.previousManifest === undefined ? undefined : readManifestFile(flags.previousManifest, `--previous-manifest ${flags.previousManifest}`);
  const linted = await lintedModel(dir, flags.lang, NOT_BUILT);
  if (!linted) return EXIT.findings;
  const { root, model, lang } = linted;
  const linting = performance.now();
  const { flowcharts, stats: drawn, finish } = await drawFlowcharts(model, flags, lang);
  finish();
  const drawing = performance.now();
  const units = siteUnits(model, flowcharts, date, { signing, previous, commit: catalogueCommit(root) });
  const planning = performance.now();
  const cacheDir = flags.cacheDir ?? FlowchartCache.defaultDir(process.env);
  const bar = progress(lang === 'en' ? 'site' : '网站');
  const written = await writeOutput(flags.out, units, {
    protect: [root],
    stateDir: flags.clean ? undefined : cacheDir,
    onProgress: (done, total) => bar.update(done, total),
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = units.filter((u) => u.group === 'pages').length;
  bar.finish(BUILT[lang]({ pages, out: flags.out, seconds: seconds.toFixed(1), charts: flowcharts.length, drawn, written }));
  if (flags.timings) {
    const phases = { lint: (linting - started) / 1000, flowcharts: (drawing - linting) / 1000, plan: (planning - drawing) / 1000, ...written.seconds, total: seconds };
    process.stderr.write(`${JSON.stringify({ timings: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) })}\n`);
  }
  return EXIT.ok;
}

const NOT_BUILT: LocalizedText = { 'zh-CN': '网站没有生成（原来的网站未动）', en: 'the site was not built (the previous one is untouched)' };

interface Built {
  pages: number;
  out: string;
  seconds: string;
  charts: number;
  drawn: RenderStats;
  written: WriteStats;
}

/** The line a build ends with. */
const BUILT: Readonly<Record<Lang, (b: Built) => string>> = {
  'zh-CN': ({ pages, out, seconds, charts, drawn, written }) =>
    `已生成 ${pages} 个页面，写入 ${out}，用时 ${seconds} 秒（流程图 ${charts} 张：新画 ${drawn.rendered} 张，取自缓存 ${drawn.fromCache} 张${drawn.textOnly > 0 ? `，${drawn.textOnly} 张只列出步骤` : ''}；${
      written.reused === 0 ? '全部文件重新写入' : `${written.produced + written.reused} 个部分中重写 ${written.produced} 个，其余未变`
    }）`,
  en: ({ pages, out, seconds, charts, drawn, written }) =>
    `built ${plural(pages, 'page')} into ${out} in ${seconds} s (${plural(charts, 'flowchart')}: ${drawn.rendered} drawn, ${drawn.fromCache} from cache${drawn.textOnly > 0 ? `, ${drawn.textOnly} as lists of steps only` : ''}; ${
      written.reused === 0 ? 'every file written' : `${written.produced} of ${plural(written.produced + written.reused, 'part')} written, the rest unchanged`
    })`,
};

