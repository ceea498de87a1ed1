// `npm run bench`: lint speed and memory on generated catalogues, as ratios against the fastest
// honest way to do the same schema work (bench/schema-only.js) measured in the same run on the
// same files, single-threaded; the lint uses every core.
// Options: --sizes 3000,100000  --runs 3  --big 300000 (0: skip)  --other 100000 (0: skip)  --out DIR
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';
import { generateOtherCatalogue, MARKER as OTHER_MARKER } from './generate-other.js';

const here = new URL('.', import.meta.url).pathname;
const repo = join(here, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '3000,100000' },
    runs: { type: 'string', default: '3' },
    big: { type: 'string', default: '300000' },
    other: { type: 'string', default: '100000' },
    // Outside the repository: its .gitignore (bench/out/) would hide the files from the linters.
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
  },
});
const sizes = values.sizes.split(',').map(Number).filter((n) => n > 0);
const runs = Number(values.runs);
const big = Number(values.big);
const other = Number(values.other);
mkdirSync(values.out, { recursive: true });

const BASELINE = 'bench/schema-only.js: plain recursive readdir (no .gitignore), js-yaml CORE_SCHEMA load, ajv validate — one thread';

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

/** A catalogue of bench/generate-other.js: one file per department, processes inline. */
function otherCatalogue(powers) {
  const dir = join(values.out, `other-${powers}`);
  const stamp = JSON.stringify({ powers, perDepartment: 500, perFile: null });
  if (!existsSync(join(dir, OTHER_MARKER)) || readFileSync(join(dir, OTHER_MARKER), 'utf8').trim() !== stamp) {
    process.stderr.write(`generating ${dir} …\n`);
    generateOtherCatalogue({ powers, out: dir, perDepartment: 500 });
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
  return { seconds, rssMB: Number(rss[1]) / 1024, status: child.status, stdout: child.stdout };
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a.seconds - b.seconds);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Alternates baseline and candidate so drift on a shared machine hits both alike, after one
 * unmeasured baseline run that reads the files in (else the first measured run pays the disk for
 * both). The ratio is the median of the pairs' ratios: one slow moment moves one pair, not the result.
 */
function compare(baselineArgs, candidateArgs, times = runs) {
  measure(baselineArgs);
  const baseline = [];
  const candidate = [];
  for (let i = 0; i < times; i++) {
    baseline.push(measure(baselineArgs));
    candidate.push(measure(candidateArgs));
  }
  const ratios = baseline.map((b, i) => candidate[i].seconds / b.seconds).sort((x, y) => x - y);
  return { baseline: median(baseline), candidate: median(candidate), ratio: ratios[Math.floor(ratios.length / 2)] };
}

const lintArgs = (dir, ...more) => ['bin/powercat.js', 'lint', dir, '--format', 'json', '--output', '/dev/null', ...more];
const reportOf = (dir, ...more) => measure(['bin/powercat.js', 'lint', dir, '--format', 'json', ...more]).stdout;
const fmt = (m) => `${m.seconds.toFixed(2)} s, ${m.rssMB.toFixed(0)} MB`;
const results = { node: process.version, cores: availableParallelism(), runs, baseline: BASELINE, lint: [], notes: [] };
const rows = [];
const row = (name, r) => {
  rows.push(`| ${name} | ${fmt(r.baseline)} | ${fmt(r.candidate)} | ${r.ratio.toFixed(2)} |`);
  results.lint.push({ case: name, ...r, baseline: strip(r.baseline), candidate: strip(r.candidate) });
};
const strip = ({ stdout, ...m }) => m;

/** The first file under a folder, in name order. */
function firstFile(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.isFile() && e.name.endsWith('.yaml')) return join(dir, e.name);
    if (e.isDirectory()) return firstFile(join(dir, e.name));
  }
  throw new Error(`no YAML file under ${dir}`);
}

/**
 * Edits that change one file, undone by applying them again: one the catalogue rules do not read
 * (a basis title: their findings come from the cache) and one they do (a power's name: they run again).
 */
const EDITS = {
  'a basis title': (text) => (text.includes('title: （bench）') ? text.replace('title: （bench）', 'title: ') : text.replace('title: ', 'title: （bench）')),
  "a power's name": (text) => {
    const at = text.indexOf('\nname: ', text.indexOf('kind: Power'));
    const end = text.indexOf('\n', at + 1);
    const line = text.slice(at, end);
    return text.slice(0, at) + (line.endsWith('（bench）') ? line.slice(0, -'（bench）'.length) : `${line}（bench）`) + text.slice(end);
  },
};

/**
 * A re-lint with --cache after one file changed, each run after a fresh change; the findings of
 * the last one are compared with a lint without cache of the same files.
 */
function warm(dir, file, edit, cacheDir) {
  const original = readFileSync(file, 'utf8');
  try {
    rmSync(cacheDir, { recursive: true, force: true });
    measure(lintArgs(dir, '--cache-location', cacheDir));
    const samples = [];
    for (let i = 0; i < runs; i++) {
      writeFileSync(file, edit(readFileSync(file, 'utf8')));
      samples.push(measure(['bin/powercat.js', 'lint', dir, '--format', 'json', '--cache-location', cacheDir]));
    }
    const last = samples.at(-1).stdout;
    return { warm: median(samples), identical: last === reportOf(dir) };
  } finally {
    writeFileSync(file, original);
  }
}

function warmRows(label, dir, file, cold) {
  for (const [what, edit] of Object.entries(EDITS)) {
    const { warm: m, identical } = warm(dir, file, edit, join(values.out, 'cache'));
    const name = `${label}, --cache, one file changed (${what}; baseline: cold lint)`;
    rows.push(`| ${name} | ${fmt(cold)} | ${fmt(m)} | ${(m.seconds / cold.seconds).toFixed(2)} |`);
    results.lint.push({ case: name, warm: strip(m), identical });
    results.notes.push(`${name}: findings ${identical ? 'identical to' : 'DIFFERENT from'} a lint without cache`);
  }
}

for (const powers of sizes) {
  const dir = catalogue(powers);
  const clean = compare(['bench/schema-only.js', dir], lintArgs(dir));
  if (clean.candidate.status !== 0) throw new Error(`the generated ${powers}-power catalogue does not lint clean`);
  row(`${powers} clean`, clean);
  if (powers >= 100000) {
    const dirty = catalogue(powers, 10000, 2000);
    const withFindings = compare(lintArgs(dir), lintArgs(dirty));
    row(`${powers}, 10,000 findings in 2,000 files (baseline: clean lint)`, withFindings);
    warmRows(`${powers}`, dir, firstFile(join(dir, 'powers')), clean.candidate);
  }
}

if (big > 0) {
  const dir = catalogue(big);
  const once = compare(['bench/schema-only.js', dir], lintArgs(dir), 1);
  row(`${big} clean (one run)`, once);
  results.notes.push(`${big} powers: peak RSS ${once.candidate.rssMB.toFixed(0)} MB (${once.candidate.rssMB < 2560 ? 'under' : 'OVER'} 2.5 GB), ${once.candidate.seconds.toFixed(1)} s`);
}

if (other > 0) {
  const dir = otherCatalogue(other);
  const clean = compare(['bench/schema-only.js', dir], lintArgs(dir));
  if (clean.candidate.status !== 0) throw new Error(`the other generator's ${other}-power catalogue does not lint clean`);
  row(`${other} clean, bench/generate-other.js (a file per department)`, clean);
  warmRows(`${other}, generate-other.js`, dir, firstFile(join(dir, 'departments')), clean.candidate);
}

const startup = compare(['-e', '0'], ['bin/powercat.js', '--version']);
row('`powercat --version` (baseline: `node -e 0`)', startup);

writeFileSync(join(values.out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(
  [
    `node ${process.version}, ${results.cores} cores, median of ${runs} runs; ratio: the median of the pairs' ratios, after a run that reads the files in`,
    `baseline: ${BASELINE}`,
    '',
    '| case | baseline | powercat lint | ratio |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...results.notes.map((n) => `- ${n}`),
    '',
  ].join('\n'),
);
