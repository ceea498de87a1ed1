// `npm run bench:render`: flowchart rendering speed. 200 distinct diagrams cold (empty cache) and
// warm (cached), and in the same run 10 of them the ways users script it today: one `mmdc`
// process each, and mermaid-cli's `renderMermaid` on a shared browser.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, browserArgs } from '../dist/flowchart/browser.js';
import { renderFlowcharts } from '../dist/flowchart/render-flowcharts.js';
import { chartPlan } from '../dist/flowchart/chart-plan.js';
import { mermaidSource } from '../dist/flowchart/to-mermaid.js';
import { stepsOf } from '../dist/model/process-graph.js';

const here = new URL('.', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'powercat-render-bench-'));
const browser = findBrowser(undefined, process.env);
const STAGES = ['窗口受理', '承办人初审', '股室负责人复核', '分管领导审批', '制证送达', '立卷归档'];

/** 200 distinct internal processes: the same shape as real templates, different names and limits. */
function specs(count) {
  return Array.from({ length: count }, (_, i) => {
    const steps = STAGES.map((stage, s) => ({
      id: `s${s}`,
      name: `${stage}（第${i + 1}号事项）`,
      type: s === 0 ? 'start' : s === STAGES.length - 1 ? 'end' : 'task',
      limit: { value: 1 + ((i + s) % 3), unit: 'workday' },
      next: s < STAGES.length - 1 ? `s${s + 1}` : undefined,
    }));
    const plan = chartPlan({ view: 'internal', steps: stepsOf({ doc: {}, data: {} }, [], steps), postNames: new Map(), risks: new Map() });
    return { id: `bench${String(i).padStart(4, '0')}`, view: 'internal', plan, source: mermaidSource(plan), outline: [], powers: [], templates: [] };
  });
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const all = specs(200);
const cacheDir = join(work, 'cache');

let start = process.hrtime.bigint();
const cold = await renderFlowcharts(all, { cacheDir, env: process.env, browser });
const coldSeconds = seconds(start);
if (cold.stats.rendered !== 200) throw new Error('cold run did not render every diagram');

start = process.hrtime.bigint();
const warm = await renderFlowcharts(all, { cacheDir, env: process.env, browser: '/nonexistent/browser-must-not-start' });
const warmSeconds = seconds(start);
if (warm.stats.fromCache !== 200) throw new Error('warm run missed the cache');

const sample = all.slice(0, 10);
const mmdDir = join(work, 'mmdc');
mkdirSync(mmdDir);
const puppeteerConfig = join(work, 'puppeteer.json');
writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: browser, args: browserArgs() }));
start = process.hrtime.bigint();
for (const spec of sample) {
  const input = join(mmdDir, `${spec.id}.mmd`);
  writeFileSync(input, spec.source);
  const run = spawnSync(join(here, '../node_modules/.bin/mmdc'), ['-q', '-i', input, '-o', join(mmdDir, `${spec.id}.svg`), '-p', puppeteerConfig]);
  if (run.status !== 0) throw new Error(`mmdc failed: ${run.stderr}`);
}
const mmdcSeconds = seconds(start);

const { renderMermaid } = await import('@mermaid-js/mermaid-cli');
const { default: puppeteer } = await import('puppeteer');
start = process.hrtime.bigint();
const shared = await puppeteer.launch({ executablePath: browser, headless: true, args: browserArgs() });
for (const spec of sample) await renderMermaid(shared, spec.source, 'svg');
await shared.close();
const renderMermaidSeconds = seconds(start);

const perDiagram = (s, n) => (s / n) * 1000;
const coldMs = perDiagram(coldSeconds, 200);
const rows = [
  ['powercat cold (one browser, a page per core; incl. start)', coldMs],
  ['powercat warm (cache; no browser)', perDiagram(warmSeconds, 200)],
  ['one `mmdc` process per diagram', perDiagram(mmdcSeconds, 10)],
  ['mermaid-cli `renderMermaid`, shared browser (incl. start)', perDiagram(renderMermaidSeconds, 10)],
];
process.stdout.write(
  [
    `node ${process.version}, ${browser}`,
    '',
    '| way | ms per diagram | powercat cold is … faster |',
    '|---|---|---|',
    ...rows.map(([name, ms]) => `| ${name} | ${ms.toFixed(1)} | ${(ms / coldMs).toFixed(1)}× |`),
    '',
    `cold: 200 diagrams in ${coldSeconds.toFixed(2)} s; warm: 200 in ${warmSeconds.toFixed(2)} s`,
    '',
  ].join('\n'),
);
