// `npm run bench`: lint speed and memory on generated catalogues, as ratios against a bare
// schema-only pass (bench/schema-only.js) measured in the same run on the same files.
// Options: --sizes 3000,100000  --runs 3  --out bench/out
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';

const here = new URL('.', import.meta.url).pathname;
const repo = join(here, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '3000,100000' },
    runs: { type: 'string', default: '3' },
    // Outside the repository: its .gitignore (bench/out/) would hide the files from the linters.
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
mkdirSync(values.out, { recursive: true });

/** Generates once per parameter set; the marker file records the parameters. */
function catalogue(powers, findings = 0, findingFiles = 0) {
  const dir = join(values.out, `gen-${powers}${findings ? `-f${findings}x${findingFiles}` : ''}`);
  const stamp = `powers=${powers} seed=1 findings=${findings} findingFiles=${findingFiles}`;
  if (!existsSync(join(dir, MARKER)) || !readFileSync(join(dir, MARKER), 'utf8').includes(stamp)) {
    process.stderr.write(`generating ${dir} …\n`);
    generateCatalogue({ powers, out: dir, seed: 1, findings, findingFiles: findingFiles || undefined });
  }
  return dir;
}

/** Wall time and peak RSS of one node process. */
function measure(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(here, 'max-rss.cjs'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /@@maxrss (\d+)/.exec(child.stderr);
  if (!rss) throw new Error(`${args.join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  return { seconds, rssMB: Number(rss[1]) / 1024, status: child.status };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Alternates baseline and candidate so drift on a shared machine hits both alike. */
function compare(baselineArgs, candidateArgs) {
  const baseline = [];
  const candidate = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(measure(baselineArgs));
    candidate.push(measure(candidateArgs));
  }
  const b = median(baseline);
  const c = median(candidate);
  return { baseline: b, candidate: c, ratio: c.seconds / b.seconds };
}

const lintArgs = (dir) => ['bin/powercat.js', 'lint', dir, '--format', 'json', '--output', '/dev/null'];
const fmt = (m) => `${m.seconds.toFixed(2)} s, ${m.rssMB.toFixed(0)} MB`;
const results = { node: process.version, runs, lint: [], startup: undefined };
const rows = [];

for (const powers of sizes) {
  const dir = catalogue(powers);
  const clean = compare(['bench/schema-only.js', dir], lintArgs(dir));
  if (clean.candidate.status !== 0) throw new Error(`the generated ${powers}-power catalogue does not lint clean`);
  results.lint.push({ powers, case: 'clean', ...clean });
  rows.push(`| ${powers} clean | ${fmt(clean.baseline)} | ${fmt(clean.candidate)} | ${clean.ratio.toFixed(2)} |`);
  if (powers >= 100000) {
    const dirty = catalogue(powers, 10000, 2000);
    const withFindings = compare(lintArgs(dir), lintArgs(dirty));
    results.lint.push({ powers, case: '10000 findings in 2000 files vs clean', ...withFindings });
    rows.push(`| ${powers}, 10,000 findings in 2,000 files (baseline: clean lint) | ${fmt(withFindings.baseline)} | ${fmt(withFindings.candidate)} | ${withFindings.ratio.toFixed(2)} |`);
  }
}

const startup = compare(['-e', '0'], ['bin/powercat.js', '--version']);
results.startup = startup;
rows.push(`| \`powercat --version\` (baseline: \`node -e 0\`) | ${fmt(startup.baseline)} | ${fmt(startup.candidate)} | ${startup.ratio.toFixed(2)} |`);

writeFileSync(join(values.out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(
  [`node ${process.version}, median of ${runs} runs`, '', '| case | baseline | powercat lint | ratio |', '|---|---|---|---|', ...rows, ''].join('\n'),
);
