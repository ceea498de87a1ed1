#!/usr/bin/env node
// `npm run bench:diff`: `powercat diff` of two versions of the generated 3,000-power catalogue that
// differ by a few edits (a time limit lengthened, a fee added, a power abolished, one deleted, one
// added, one recoded, one template step renamed) — wall and CPU seconds, against the baseline
// measured in the same run (bench/lib/diff-baseline.js: both folders' YAML parsed with js-yaml and
// compared as JSON strings by code). The goal: under 2 s. Needs `npm run build` first.
// Options: --powers 3000  --out <tmp>/powercat-bench  --runs 3 (the best of each is reported)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';

const repo = join(new URL('.', import.meta.url).pathname, '..');
const { values } = parseArgs({
  options: {
    powers: { type: 'string', default: '3000' },
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
    runs: { type: 'string', default: '3' },
  },
});
const powers = Number(values.powers);
const old = join(values.out, `gen-${powers}`);
if (!existsSync(join(old, MARKER)) || !readFileSync(join(old, MARKER), 'utf8').includes(`powers=${powers} seed=1 findings=0`)) {
  process.stderr.write(`generating ${old} …\n`);
  generateCatalogue({ powers, out: old, seed: 1, findings: 0 });
}

// The next version: the same catalogue with a few edits of the kinds a yearly adjustment makes.
const next = join(values.out, `gen-${powers}-next`);
rmSync(next, { recursive: true, force: true });
cpSync(old, next, { recursive: true });
const edit = (path, from, to) => {
  const file = join(next, path);
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
  writeFileSync(file, text.replace(from, to));
};
edit('powers/gafj/licensing-001.yaml', 'promised: {value: 12, unit: workday}', 'promised: {value: 15, unit: workday}');
edit('powers/gafj/licensing-002.yaml', 'fees: []', 'fees: [{name: 工本费, standard: 每证 10 元, basis: 收费文件}]');
edit('powers/czj/adjudication-001.yaml', "type: adjudication\n", "type: adjudication\nstatus: abolished\nabolishedOn: '2026-01-01'\nreason: 职能调整\n");
const recoded = join(next, 'powers/czj/adjudication-002.yaml');
writeFileSync(recoded, readFileSync(recoded, 'utf8').replace(/^code: '(\w+)'$/m, "code: 'X$1'\nsupersedes: ['$1']"));
edit('processes/ext-general.yaml', 'name: 调查核实', 'name: 调查核实并告知');
unlinkSync(join(next, 'powers/czj/adjudication-003.yaml'));
writeFileSync(join(next, 'powers/czj/new-001.yaml'), readFileSync(join(old, 'powers/czj/adjudication-003.yaml'), 'utf8').replace("code: '", "code: 'N"));

/** Wall and CPU seconds of one child process (bench/max-rss.cjs reports its CPU). */
function run(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(repo, 'bench/max-rss.cjs'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  return { seconds, cpu: Number(/@@cpu ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN), stdout: child.stdout };
}
const best = (args) => {
  const runs = Array.from({ length: Number(values.runs) }, () => run(args));
  return runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
};

const baseline = best([join(repo, 'bench/lib/diff-baseline.js'), old, next]);
const diff = best([join(repo, 'bin/powercat.js'), 'diff', old, next, '-f', 'json']);
const result = JSON.parse(diff.stdout);
const row = (name, r) => `${name.padEnd(34)} ${r.seconds.toFixed(2).padStart(6)} s wall  ${r.cpu.toFixed(2).padStart(6)} s CPU`;
process.stdout.write(
  [
    `powercat diff: two versions of ${powers} powers (best of ${values.runs})`,
    row('baseline (js-yaml + JSON by code)', baseline),
    row('powercat diff -f json', diff),
    `ratio diff / baseline: ${(diff.seconds / baseline.seconds).toFixed(2)} wall, ${(diff.cpu / baseline.cpu).toFixed(2)} CPU; goal < 2 s wall: ${diff.seconds < 2 ? 'met' : 'NOT met'}`,
    `baseline found ${baseline.stdout.trim()}; diff found added ${result.added.length}, removed ${result.removed.length}, abolished ${result.abolished.length}, superseded ${Object.keys(result.superseded).length}, changed ${Object.keys(result.changed).length}, burden up ${Object.keys(result.burden.up).length}`,
    '',
  ].join('\n'),
);
