// `npm run bench:import`: `powercat import` of the Guang'an list (1,135 rows), as a ratio against
// a bare csv-parse + js-yaml pass over the same file (bench/import-baseline.js) measured in the
// same run, alternating. The goal: the import takes less than 3 s.
// Options: --runs 5  --list path/to/list.csv
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const here = new URL('.', import.meta.url).pathname;
const repo = join(here, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    list: { type: 'string', default: '/work/shared/corpus/guangan/guangan.csv' },
  },
});
const runs = Number(values.runs);
const work = mkdtempSync(join(tmpdir(), 'powercat-bench-import-'));
const GOAL_SECONDS = 3;

function measure(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  return seconds;
}

const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const countFiles = (dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

const importOut = join(work, 'import');
const importArgs = ['bin/powercat.js', 'import', values.list, '--out', importOut, '--force'];
measure(importArgs); // warm the file cache, and learn how many files the import writes
const files = countFiles(importOut);
const baselineArgs = ['bench/import-baseline.js', values.list, join(work, 'baseline'), String(files)];
const baseline = [];
const candidate = [];
for (let i = 0; i < runs; i++) {
  baseline.push(measure(baselineArgs));
  candidate.push(measure(importArgs));
}
rmSync(work, { recursive: true, force: true });
const [b, c] = [median(baseline), median(candidate)];
process.stdout.write(
  [
    `node ${process.version}, median of ${runs} runs, ${values.list} (${files} files written)`,
    '',
    '| case | baseline (csv-parse + js-yaml) | powercat import | ratio |',
    '|---|---|---|---|',
    `| import | ${b.toFixed(2)} s | ${c.toFixed(2)} s | ${(c / b).toFixed(2)} |`,
    '',
    c < GOAL_SECONDS ? `goal met: ${c.toFixed(2)} s < ${GOAL_SECONDS} s` : `GOAL MISSED: ${c.toFixed(2)} s ≥ ${GOAL_SECONDS} s`,
    '',
  ].join('\n'),
);
if (c >= GOAL_SECONDS) process.exitCode = 1;
