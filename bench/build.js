// `npm run bench:build`: `powercat build` on the generated 3,000-power catalogue — cold (empty
// flowchart cache), cached (flowcharts cached, new output folder), unchanged (previous build
// reused) and after one power changed — with the search index and open data reported apart, and
// each total as a ratio to `powercat lint` of the same catalogue measured in the same run; the site's
// weight by folder with its projection to 100,000 powers, and the cold drawing time per diagram.
// Options: --powers 3000  --runs 3  --out <tmp>/powercat-bench
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';

const repo = join(new URL('.', import.meta.url).pathname, '..');
const { values } = parseArgs({
  options: {
    powers: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
  },
});
const powers = Number(values.powers);
const runs = Number(values.runs);
const generated = join(values.out, `gen-${powers}`);
if (!existsSync(join(generated, MARKER)) || !readFileSync(join(generated, MARKER), 'utf8').includes(`powers=${powers} seed=1 findings=0`)) {
  process.stderr.write(`generating ${generated} …\n`);
  generateCatalogue({ powers, out: generated, seed: 1, findings: 0 });
}
const work = join(values.out, `build-${powers}`);
rmSync(work, { recursive: true, force: true });
const catalogue = join(work, 'catalogue');
cpSync(generated, catalogue, { recursive: true });
const cache = join(work, 'cache');
const site = join(work, 'site');

/** One run of the CLI: wall seconds and, for builds, the phases it reports with --timings. */
function run(args) {
  // Each run starts with the previous one's writes on disk: their writeback otherwise lands in it.
  spawnSync('sync');
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [join(repo, 'bin/powercat.js'), ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`powercat ${args.join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  const timings = /\{"timings":.*\}/.exec(child.stderr);
  return { seconds, timings: timings ? JSON.parse(timings[0]).timings : {}, stderr: child.stderr };
}
const build = (...extra) => run(['build', catalogue, '--out', site, '--cache-dir', cache, '--timings', ...extra]);
const median = (samples) => [...samples].sort((a, b) => a.seconds - b.seconds)[Math.floor(samples.length / 2)];
const repeat = (make) => median(Array.from({ length: runs }, make));

/** Renames one power in place, differently each time, so every run rebuilds after a real change. */
let edits = 0;
function changeOnePower() {
  const file = join(catalogue, 'powers', readdirSync(join(catalogue, 'powers'), { recursive: true }).filter((f) => f.endsWith('.yaml')).sort()[0]);
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^name: (.*?)(（修订\d+）)?$/m, (_, name) => `name: ${name}（修订${++edits}）`));
}

const lint = repeat(() => run(['lint', catalogue]));
const cold = build();
/** The site's weight (10⁶ bytes, file sizes summed), by its top-level folder or file. */
const parts = {};
for (const entry of readdirSync(site, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
  const top = join(entry.parentPath, entry.name).slice(site.length + 1).split('/')[0];
  parts[top] = (parts[top] ?? 0) + statSync(join(entry.parentPath, entry.name)).size / 1e6;
}
const siteMB = Object.values(parts).reduce((a, b) => a + b, 0);
const coldDraw = /\((\d+) flowcharts: (\d+) drawn/.exec(cold.stderr);
const drawnCold = Number(coldDraw?.[2] ?? 0);
const msPerDiagram = drawnCold > 0 ? ((cold.timings.flowcharts ?? 0) * 1000) / drawnCold : 0;
// Pages, open data and search grow with the number of powers; distinct charts at most as fast (templates are shared).
const projection100k = (siteMB * 100000) / powers;
// Into new folders, deleted only at the end: deleting 250 MB just before a run slows its writes.
let fresh = 0;
const cached = repeat(() => run(['build', catalogue, '--out', `${site}-cached-${++fresh}`, '--cache-dir', cache, '--timings']));
const unchanged = repeat(() => build());
const changed = repeat(() => {
  changeOnePower();
  return build();
});

const apart = (t) => (t['search index'] ?? 0) + (t['open data'] ?? 0);
const rows = [
  ['cold (empty flowchart cache)', cold],
  ['cached (new output folder)', cached],
  ['unchanged (previous build reused)', unchanged],
  ['one power changed', changed],
].map(([name, m]) => ({
  case: name,
  seconds: +m.seconds.toFixed(2),
  'without search index and open data': +(m.seconds - apart(m.timings)).toFixed(2),
  'search index': m.timings['search index'] ?? 0,
  'open data': m.timings['open data'] ?? 0,
  'ratio to lint': +(m.seconds / lint.seconds).toFixed(2),
}));
console.log(`powercat build, ${powers} powers (median of ${runs}; cold once); lint of the same catalogue: ${lint.seconds.toFixed(2)} s`);
console.log(
  `site ${siteMB.toFixed(1)} MB (${Object.entries(parts)
    .filter(([, mb]) => mb >= 0.05)
    .map(([name, mb]) => `${name} ${mb.toFixed(1)}`)
    .join(', ')}); at 100,000 powers ≈ ${(projection100k / 1000).toFixed(2)} GB (linear)`,
);
console.log(`cold drawing: ${drawnCold} diagrams in ${(cold.timings.flowcharts ?? 0).toFixed(1)} s, ${msPerDiagram.toFixed(0)} ms per diagram`);
console.table(rows);
console.log('phases (s):', JSON.stringify(Object.fromEntries([['cold', cold], ['cached', cached], ['unchanged', unchanged], ['changed', changed]].map(([k, m]) => [k, m.timings]))));
// each output folder is a link to its site beside it: both go
for (let i = 1; i <= fresh; i++) for (const path of [realpathSync(`${site}-cached-${i}`), `${site}-cached-${i}`]) rmSync(path, { recursive: true, force: true });
mkdirSync(join(repo, 'bench', 'out'), { recursive: true });
writeFileSync(
  join(repo, 'bench', 'out', `build-${powers}.json`),
  JSON.stringify({ lint: lint.seconds, siteMB, siteParts: parts, projection100kMB: projection100k, coldDiagrams: drawnCold, msPerDiagram, rows }, null, 2) + '\n',
);
