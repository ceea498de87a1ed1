#!/usr/bin/env node
// `npm run bench:upstream`: what an upstream list adds to lint (FORMAT §6). A generated county of
// 100,000 powers is linted as generated (the baseline) and with `upstream:` naming a province list
// of as many items (open data format 2, every item linked by code), alternately in the same run on
// the same files. The goal: < 1 s added. Two states of the list: settled (the county implements it
// as it is; previous is the same file, read once) and under review (10 names differ, 10 items are
// new, and a previous version differs in 10 time limits: two files read, 30 findings reported).
// Also timed in one process, in CPU seconds: reading, linking, and the five upstream rules.
// Needs `npm run build` first (it runs bin/powercat.js and imports dist/).
// Options: --powers 100000  --runs 3  --out <tmp>/powercat-bench
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';

const repo = join(new URL('.', import.meta.url).pathname, '..');
const { values } = parseArgs({
  options: {
    powers: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
  },
});
const powers = Number(values.powers);
const runs = Number(values.runs);
const DIFFERENCES = 10;

const dir = join(values.out, `upstream-${powers}`);
const stamp = `powers=${powers} seed=1 findings=0`;
if (!existsSync(join(dir, MARKER)) || !readFileSync(join(dir, MARKER), 'utf8').includes(stamp)) {
  process.stderr.write(`generating ${dir} …\n`);
  generateCatalogue({ powers, out: dir, seed: 1, findings: 0 });
}
const catalogueFile = join(dir, 'powercat.yaml');
const generated = readFileSync(catalogueFile, 'utf8').replace(/\nupstream:\n[\s\S]*$/, '\n');
writeFileSync(catalogueFile, generated);

const { loadCatalogueFiles } = await import(join(repo, 'dist/load/load-catalogue.js'));
const { buildModel } = await import(join(repo, 'dist/model/build-model.js'));
const { loadUpstream } = await import(join(repo, 'dist/upstream/load-upstream.js'));
const { RULES } = await import(join(repo, 'dist/rules/index.js'));

const settings = () => ({ exclude: [], excludedPaths: ['upstream'], maxFileBytes: 10 * 1024 * 1024, maxAliasExpansion: 1_000_000, maxDocuments: 5000 });
const county = buildModel(dir, (await loadCatalogueFiles(dir, settings)).files);

/** The province's list as its open data: the fields a 通用目录 publishes for each item; `renamed` items get another name. */
function item(power, renamed) {
  const { code, name, type, department, basis, timeLimit } = power.data;
  return {
    code,
    name: renamed ? `${name}（省级调整）` : name,
    type,
    department,
    level: [3, 4],
    basis: (basis ?? []).map((b) => ({ level: b.level, title: b.title, role: 'implementing' })),
    ...(timeLimit ? { timeLimit } : {}),
  };
}
const listOf = (items) => `${JSON.stringify({ formatVersion: 2, catalogue: { id: 'province', name: '省级通用目录', level: 2 }, departments: [], powers: items }, null, 2)}\n`;
// The settled state: the county implements the list as it is, and previous is the same version.
const conforming = county.powers.map((power) => item(power, false));
// During a review: 10 names differ, 10 items are new, and the previous version had 10 other time limits.
const reviewed = county.powers.map((power, i) => item(power, i < DIFFERENCES));
for (let i = 0; i < DIFFERENCES; i++) reviewed.push({ code: `00021999${String(i).padStart(3, '0')}0`, name: `县级新增事项${i + 1}`, type: 'penalty', level: [4], basis: [] });
const limited = reviewed.flatMap((x, i) => (i >= DIFFERENCES && x.timeLimit?.statutory?.value !== undefined ? [i] : [])).slice(0, DIFFERENCES);
const previous = reviewed.map((x, i) => (limited.includes(i) ? { ...x, timeLimit: { ...x.timeLimit, statutory: { ...x.timeLimit.statutory, value: x.timeLimit.statutory.value + 1 } } } : x));
mkdirSync(join(dir, 'upstream'), { recursive: true });
writeFileSync(join(dir, 'upstream/province.json'), listOf(conforming));
writeFileSync(join(dir, 'upstream/review.json'), listOf(reviewed));
writeFileSync(join(dir, 'upstream/review-previous.json'), listOf(previous));
const naming = (source, previousPath) => `${generated}upstream:\n  - id: province\n    name: 省级通用目录\n    source: ${source}\n    previous: ${previousPath}\n`;
const CASES = {
  'without upstream (baseline)': generated,
  [`settled: ${powers.toLocaleString('en')} items, all implemented, previous = source`]: naming('upstream/province.json', 'upstream/province.json'),
  'review: two versions, 30 findings': naming('upstream/review.json', 'upstream/review-previous.json'),
};

/** Wall seconds and CPU seconds of one lint in its own process, and its findings by rule. */
function lint() {
  spawnSync('sync');
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(repo, 'bench/max-rss.cjs'), join(repo, 'bin/powercat.js'), 'lint', dir, '-f', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`lint failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  const byRule = {};
  for (const d of JSON.parse(child.stdout).diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;
  return { seconds, cpu: Number(/@@cpu ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN), byRule };
}

const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, []]));
try {
  for (let i = 0; i < runs; i++) {
    for (const [name, text] of Object.entries(CASES)) {
      writeFileSync(catalogueFile, text);
      samples[name].push(lint());
    }
  }
} finally {
  writeFileSync(catalogueFile, generated);
}

/** In one process, CPU seconds of the upstream work alone (reading, linking, the five rules) on a model of the catalogue. */
async function upstreamWork(text) {
  writeFileSync(catalogueFile, text);
  const model = buildModel(dir, (await loadCatalogueFiles(dir, settings)).files);
  writeFileSync(catalogueFile, generated);
  const cpu = () => process.cpuUsage();
  const seconds = (since) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1e6;
  };
  const started = cpu();
  await loadUpstream(model);
  const read = seconds(started);
  const checking = cpu();
  const found = RULES.filter((rule) => rule.meta.id.startsWith('upstream-')).flatMap((rule) => rule.check({ model, options: {}, knownRules: [] }));
  return { read, rules: seconds(checking), findings: found.length };
}

const median = (list, key) => [...list].map((s) => s[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
const [baseline, ...others] = Object.keys(CASES);
const lines = [
  `powercat lint of ${powers.toLocaleString('en')} generated powers, with and without an upstream list of as many items (open data, ${(Buffer.byteLength(listOf(conforming)) / 1e6).toFixed(0)} MB); node ${process.version}, median of ${runs} runs, alternating`,
  '',
  '| case | wall | CPU | added wall | added CPU | findings |',
  '|---|---|---|---|---|---|',
  ...Object.keys(CASES).map((name) => {
    const list = samples[name];
    const added = (key) => (name === baseline ? '' : `${(median(list, key) - median(samples[baseline], key)).toFixed(2)} s`);
    return `| ${name} | ${median(list, 'seconds').toFixed(2)} s | ${median(list, 'cpu').toFixed(2)} s | ${added('seconds')} | ${added('cpu')} | ${JSON.stringify(list.at(-1).byRule)} |`;
  }),
  '',
  'the upstream work alone, in one process (CPU seconds):',
];
for (const name of others) {
  const work = await upstreamWork(CASES[name]);
  lines.push(`- ${name}: reading and linking ${work.read.toFixed(2)} s, the five rules ${work.rules.toFixed(2)} s (${work.findings} findings)`);
}
process.stdout.write(`${lines.join('\n')}\n`);
