import { FlowchartCache } from '../../flowchart/cache.js';
import { writeOutput, type WriteStats } from '../../output/output-dir.js';
import { sourceDate } from '../../core/source-date.js';
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
  const linted = await lintedModel(dir, flags.lang, 'the site was not built (the previous one is untouched)');
  if (!linted) return EXIT.findings;
  const { root, model } = linted;
  const linting = performance.now();
  const { flowcharts, stats: drawn, finish } = await drawFlowcharts(model, flags);
  finish();
  const drawing = performance.now();
  const units = siteUnits(model, flowcharts, date, { signing, previous, commit: catalogueCommit(root) });
  const planning = performance.now();
  const cacheDir = flags.cacheDir ?? FlowchartCache.defaultDir(process.env);
  const bar = progress('site');
  const written = await writeOutput(flags.out, units, {
    protect: [root],
    stateDir: flags.clean ? undefined : cacheDir,
    onProgress: (done, total) => bar.update(done, total),
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = units.filter((u) => u.group === 'pages').length;
  bar.finish(
    `built ${pages} pages into ${flags.out} in ${seconds.toFixed(1)} s (${flowcharts.length} flowcharts: ${drawn.rendered} drawn, ${drawn.fromCache} from cache${drawn.textOnly > 0 ? `, ${drawn.textOnly} as lists of steps only` : ''}; ${reuseSummary(written)})`,
  );
  if (flags.timings) {
    const phases = { lint: (linting - started) / 1000, flowcharts: (drawing - linting) / 1000, plan: (planning - drawing) / 1000, ...written.seconds, total: seconds };
    process.stderr.write(`${JSON.stringify({ timings: Object.fromEntries(Object.entries(phases).map(([k, v]) => [k, Math.round(v * 1000) / 1000])) })}\n`);
  }
  return EXIT.ok;
}

const reuseSummary = (stats: WriteStats) =>
  stats.reused === 0 ? 'every file written' : `${stats.produced} of ${stats.produced + stats.reused} parts written, the rest unchanged`;

