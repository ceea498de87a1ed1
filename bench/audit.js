#!/usr/bin/env node
// `npm run bench:audit`: `powercat audit` of 1,000,000 generated cases (≈ 1 GB of JSON Lines) against
// the generated 3,000-power catalogue — wall time, peak RSS (the whole process, worker threads
// included; the goal is < 1 GB), cases per second — and the same as a ratio to the baseline
// measured in the same run: reading the file and JSON.parse-ing every line in one process
// (bench/lib/parse-lines.js). Needs `npm run build` first (it runs bin/powercat.js and reads dist/).
// Options: --cases 1000000  --powers 3000  --jobs <cores>  --out <tmp>/powercat-bench
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCatalogue, MARKER } from './generate.js';
import { Rng } from './lib/rng.js';

const repo = join(new URL('.', import.meta.url).pathname, '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000000' },
    powers: { type: 'string', default: '3000' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    out: { type: 'string', default: join(tmpdir(), 'powercat-bench') },
  },
});
const cases = Number(values.cases);
const powers = Number(values.powers);
const catalogue = join(values.out, `gen-${powers}`);
if (!existsSync(join(catalogue, MARKER)) || !readFileSync(join(catalogue, MARKER), 'utf8').includes(`powers=${powers} seed=1 findings=0`)) {
  process.stderr.write(`generating ${catalogue} …\n`);
  generateCatalogue({ powers, out: catalogue, seed: 1, findings: 0 });
}

const records = join(values.out, `audit-${powers}-${cases}.jsonl`);
if (!existsSync(records)) {
  process.stderr.write(`generating ${records} …\n`);
  await writeRecords(records);
}
const megabytes = statSync(records).size / 1e6;

/** Wall seconds and peak RSS (MB) of one child process; the child reports its own peak on exit (max-rss.cjs). */
function run(args) {
  spawnSync('sync');
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--require', join(repo, 'bench/max-rss.cjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${args.join(' ')} failed (exit ${child.status}):\n${child.stderr.slice(0, 2000)}`);
  const rss = Number(/@@maxrss (\d+)/.exec(child.stderr)?.[1] ?? NaN) / 1024;
  const cpu = Number(/@@cpu ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN);
  return { seconds, rss, cpu, stdout: child.stdout };
}

const baseline = run([join(repo, 'bench/lib/parse-lines.js'), records]);
const report = join(values.out, 'audit-report.json');
const audit = run([join(repo, 'bin/powercat.js'), 'audit', records, '--catalogue', catalogue, '--jobs', values.jobs, '-f', `json:${report}`]);
const { summary, diagnostics } = JSON.parse(readFileSync(report, 'utf8'));
const byRule = {};
for (const d of diagnostics) byRule[d.rule] = (byRule[d.rule] ?? 0) + 1;

const row = (name, r) =>
  `${name.padEnd(30)} ${r.seconds.toFixed(1).padStart(7)} s wall  ${r.cpu.toFixed(1).padStart(7)} s CPU  ${r.rss.toFixed(0).padStart(6)} MB peak RSS  ${Math.round(cases / r.seconds).toLocaleString('en').padStart(9)} cases/s`;
process.stdout.write(
  [
    `powercat audit: ${cases.toLocaleString('en')} cases (${megabytes.toFixed(0)} MB of JSON Lines), ${powers} powers, ${values.jobs} threads`,
    row('baseline (read + JSON.parse)', baseline),
    row('powercat audit', audit),
    `ratio audit / baseline: ${(audit.seconds / baseline.seconds).toFixed(2)} wall, ${(audit.cpu / baseline.cpu).toFixed(2)} CPU; peak RSS ${audit.rss < 1024 ? 'under' : 'OVER'} 1 GB`,
    `cases read: ${summary.cases.toLocaleString('en')}; findings: ${JSON.stringify(byRule)}`,
    '',
  ].join('\n'),
);

/**
 * Cases that run their power's internal process from the start step to an end step (a random
 * branch at decisions), one day or less a step, timestamps with offsets, the posts the process
 * names. A few are pending, late, done by another post, off the list or malformed, as in real
 * exports.
 */
async function writeRecords(path) {
  const { lintCatalogue } = await import('../dist/lint/run-lint.js');
  const { auditPlan } = await import('../dist/audit/plan.js');
  const linted = await lintCatalogue(catalogue, [catalogue], { paths: [catalogue], cwd: catalogue, ruleOverrides: new Map(), env: {} });
  const plan = auditPlan(linted.model);
  const listed = plan.codes.filter(([, entry]) => plan.powers[entry.power].process !== undefined && plan.powers[entry.power].abolishedOn === undefined);
  const rng = Rng.stream(1, 'audit-records');
  /** Staff by post: one person never holds two posts, so only the injected cases mix duties. */
  const staff = {
    window: ['张伟', '王芳', '李娜'],
    clerk: ['刘洋', '陈静', '杨磊', '赵敏'],
    'section-chief': ['黄勇', '周杰'],
    deputy: ['吴霞', '徐明'],
    director: ['孙丽'],
  };
  const start = Date.UTC(2025, 0, 2);
  const stamp = (ms) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19) + '+08:00';
  mkdirSync(values.out, { recursive: true });
  const temporary = `${path}.tmp`;
  const fd = openSync(temporary, 'w');
  let batch = [];
  for (let i = 0; i < cases; i++) {
    const [code, entry] = rng.pick(listed);
    const process = plan.processes[plan.powers[entry.power].process];
    let at = start + rng.int(0, 330) * 86_400_000 + rng.int(8, 11) * 3_600_000 + rng.int(0, 59) * 60_000;
    const accepted = at;
    const steps = [];
    const mixed = rng.chance(0.01);
    let node = process.steps[process.start];
    while (node && steps.length < 20) {
      const begins = at;
      at += rng.chance(0.4) ? 86_400_000 : rng.int(1, 6) * 3_600_000;
      const post = rng.chance(0.005) ? 'director' : node.actor;
      const person = mixed && (node.function === 'decide' || post === 'clerk') ? staff.clerk[0] : rng.pick(staff[post] ?? staff.clerk);
      steps.push(`{"step":"${node.id}","post":"${post}","person":"${person}","start":"${stamp(begins)}","end":"${stamp(at)}"}`);
      node = node.type === 'end' ? undefined : process.steps[rng.pick(node.next)];
    }
    const pending = rng.chance(0.05);
    const shown = pending ? steps.slice(0, rng.int(1, steps.length)) : steps;
    const head = `{"case":"2025-${String(i).padStart(7, '0')}","code":"${rng.chance(0.002) ? `X${rng.int(1, 50)}` : code}","accepted":"${stamp(accepted)}"`;
    const tail = pending ? '' : `,"finished":"${stamp(at)}","outcome":"${rng.chance(0.9) ? 'approved' : 'rejected'}"`;
    batch.push(i % 100_000 === 99_999 ? `${head},"steps":[` : `${head}${tail},"steps":[${shown.join(',')}]}`);
    if (batch.length === 10_000) {
      writeSync(fd, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, batch.join('\n') + '\n');
  closeSync(fd);
  renameSync(temporary, path);
  writeFileSync(`${path}.params`, `cases=${cases} powers=${powers} seed=1\n`);
}
