#!/usr/bin/env node
// `npm run bench:upstream`: what an upstream list adds to lint (FORMAT §6). A generated county of
// 100,000 powers is linted twice per run, alternately: as generated (the baseline) and with
// `upstream:` naming a 100,000-item province list (open data format 2, every item linked by code,
// with a previous version), in the same run on the same files. The goal: < 1 s added. Also timed
// in one process: reading both versions, linking, and the five upstream rules on the loaded model.
// The list differs from the county in 10 names, lacks none of its items and has 10 more (10
// upstream-mismatch, 10 upstream-missing), and its previous version differs in 10 time limits
// (10 upstream-changed): 30 findings, so reporting is part of what is measured.
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

/** The province's list as its open data: the fields a 通用目录 publishes for each item. */
function item(power, i) {
  const { code, name, type, department, basis, timeLimit } = power.data;
  return {
    code,
    name: i < DIFFERENCES ? `${name}（省级调整）` : name,
    type,
    department,
    level: [3, 4],
    basis: (basis ?? []).map((b) => ({ level: b.level, title: b.title, role: 'implementing' })),
    ...(timeLimit ? { timeLimit } : {}),
  };
}
const items = county.powers.map((power, i) => item(power, i));
for (let i = 0; i < DIFFERENCES; i++) items.push({ code: `00021999${String(i).padStart(3, '0')}0`.slice(0, 12), name: `县级新增事项${i + 1}`, type: 'penalty', level: [4], basis: [] });
const listOf = (powersOf) => `${JSON.stringify({ formatVersion: 2, catalogue: { id: 'province', name: '省级通用目录', level: 2 }, departments: [], powers: powersOf }, null, 2)}\n`;
const limited = items.map((x, i) => ({ i, x })).filter(({ x, i }) => i >= DIFFERENCES && x.timeLimit?.statutory?.value !== undefined).slice(0, DIFFERENCES).map(({ i }) => i);
const previous = items.map((x, i) => (limited.includes(i) ? { ...x, timeLimit: { ...x.timeLimit, statutory: { ...x.timeLimit.statutory, value: x.timeLimit.statutory.value + 1 } } } : x));
mkdirSync(join(dir, 'upstream'), { recursive: true });
writeFileSync(join(dir, 'upstream/province.json'), listOf(items));
writeFileSync(join(dir, 'upstream/province-previous.json'), listOf(previous));
const withUpstream = `${generated}upstream:\n  - id: province\n    name: 省级通用目录\n    source: upstream/province.json\n    previous: upstream/province-previous.json\n`;

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

const without = [];
const withList = [];
try {
  for (let i = 0; i < runs; i++) {
    writeFileSync(catalogueFile, generated);
    without.push(lint());
    writeFileSync(catalogueFile, withUpstream);
    withList.push(lint());
  }
} finally {
  writeFileSync(catalogueFile, generated);
}

// In one process: the upstream work alone, on a model of the catalogue that names the list.
writeFileSync(catalogueFile, withUpstream);
const named = buildModel(dir, (await loadCatalogueFiles(dir, settings)).files);
writeFileSync(catalogueFile, generated);
const started = process.hrtime.bigint();
await loadUpstream(named);
const loaded = process.hrtime.bigint();
const found = RULES.filter((rule) => rule.meta.id.startsWith('upstream-')).flatMap((rule) => rule.check({ model: named, options: {}, knownRules: [] }));
const checked = process.hrtime.bigint();

const median = (samples, key) => [...samples].map((s) => s[key]).sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const added = median(withList, 'seconds') - median(without, 'seconds');
const row = (name, samples) => `| ${name} | ${median(samples, 'seconds').toFixed(2)} s | ${median(samples, 'cpu').toFixed(2)} s |`;
process.stdout.write(
  [
    `powercat lint, ${powers.toLocaleString('en')} powers; upstream list of ${items.length.toLocaleString('en')} items (${(Buffer.byteLength(listOf(items)) / 1e6).toFixed(0)} MB) and its previous version; node ${process.version}, median of ${runs} runs`,
    '',
    '| case | wall | CPU |',
    '|---|---|---|',
    row('without upstream (baseline)', without),
    row('with upstream', withList),
    '',
    `added by the upstream list: ${added.toFixed(2)} s wall (goal < 1 s: ${added < 1 ? 'met' : 'NOT met'})`,
    `in one process: reading both versions and linking ${(Number(loaded - started) / 1e9).toFixed(2)} s, the five upstream rules ${(Number(checked - loaded) / 1e9).toFixed(2)} s (${found.length} findings)`,
    `findings with upstream: ${JSON.stringify(withList.at(-1).byRule)}; without: ${JSON.stringify(without.at(-1).byRule)}`,
    '',
  ].join('\n'),
);
