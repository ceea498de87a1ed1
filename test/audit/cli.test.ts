import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/catalogue.js';
import { runCliHere } from '../helpers/cli-in-process.js';
import { auditCatalogueDir, fullCase, line } from '../helpers/audit-fixtures.js';

const WEEK = ['2025-03-03', '2025-03-04', '2025-03-05', '2025-03-06', '2025-03-07'];

/** A catalogue folder with records beside it in `records/`. */
function setup(records: Record<string, string>): { root: string; paths: string[] } {
  const root = auditCatalogueDir();
  const paths = Object.entries(records).map(([name, content]) => {
    const path = join(root, name);
    writeFileSync(path, content);
    return name;
  });
  return { root, paths };
}

/** Cases with a finding every so often, a malformed line and an unlisted code among them. */
function manyCases(count: number): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const c = fullCase(`C${i}`, WEEK) as { case: string; code: string; finished?: string; steps: { post: string; person?: string }[] };
    if (i % 97 === 0) c.finished = '2025-03-31';
    if (i % 89 === 0) c.steps[2]!.post = 'director';
    if (i % 83 === 0) c.code = `X${i % 7}`;
    if (i % 79 === 0) c.steps[1]!.person = c.steps[2]!.person = '张三';
    lines.push(i === Math.floor(count / 2) ? '{"case": "broken"' : line(c));
  }
  return lines.join('\n') + '\n';
}

describe('powercat audit', () => {
  it('exits 0 without findings and 1 with them, printing each at its record’s line', async () => {
    const { root } = setup({ 'ok.jsonl': line(fullCase('C1', WEEK)) + '\n', 'bad.jsonl': line({ case: 'C2', code: 'X9', accepted: '2025-03-03' }) + '\n' });
    const ok = await runCliHere(['audit', 'ok.jsonl'], { cwd: root });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('no problems (1 records file, 1 case)');
    const bad = await runCliHere(['audit', 'bad.jsonl', 'ok.jsonl', '--catalogue', '.'], { cwd: root, env: { COLUMNS: '200' } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.jsonl\n  1:1  error  case C2: the code X9 is no power, sub-item or handling item of the catalogue');
  }, 60_000);

  it('lints the catalogue first and stops on its errors, without repeating its warnings', async () => {
    const { root } = setup({ 'r.jsonl': line(fullCase('C1', WEEK)) + '\n' });
    writeFileSync(join(root, 'powers/broken.yaml'), 'kind: Power\ncode: P9\nname: 缺字段\ntype: penalty\ndepartment: nobody\n');
    const result = await runCliHere(['audit', 'r.jsonl'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('owner-unknown');
    expect(result.stderr).toContain('records are audited only against a catalogue without errors');
  }, 60_000);

  it('answers bad calls with one line and exit 2', async () => {
    const { root } = setup({ 'r.jsonl': '\n', 'r.json': '[]' });
    for (const args of [
      ['audit', 'r.json'],
      ['audit', 'missing.jsonl'],
      ['audit', 'r.jsonl', '--as-of', '2025-3-1'],
      ['audit', 'r.jsonl', '--as-of', '2025-02-30'],
      ['audit', 'r.jsonl', '--rule', 'code-format=off'],
      ['audit', 'r.jsonl', '--jobs', '0'],
    ]) {
      const result = await runCliHere(args, { cwd: root });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(result.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('reports in every lint format, and accepts a baseline', async () => {
    const { root } = setup({ 'r.jsonl': manyCases(200) });
    const json = JSON.parse((await runCliHere(['audit', 'r.jsonl', '-f', 'json', '--as-of', '2025-03-31'], { cwd: root })).stdout) as { diagnostics: { rule: string; pointer: string }[]; summary: { cases: number } };
    expect(new Set(json.diagnostics.map((d) => d.rule))).toEqual(new Set(['case-overdue', 'case-step-post', 'case-unlisted', 'case-separation', 'records-syntax']));
    expect(json.summary.cases).toBe(199);
    const sarif = JSON.parse((await runCliHere(['audit', 'r.jsonl', '-f', 'sarif'], { cwd: root })).stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } } }[] };
    expect(sarif.runs[0]!.tool.driver.rules.map((r) => r.id)).toContain('case-head-share');
    expect(sarif.runs[0]!.tool.driver.rules[0]!.helpUri).toBe('https://powercat.dev/docs/audit-rules#records-calendar');
    expect((await runCliHere(['audit', 'r.jsonl', '-f', 'junit'], { cwd: root })).stdout).toContain('<testsuite name="r.jsonl"');
    expect((await runCliHere(['audit', 'r.jsonl', '-f', 'github'], { cwd: root })).stdout).toMatch(/^::error file=r\.jsonl,line=1,/m);
    expect((await runCliHere(['audit', 'r.jsonl', '--baseline-write', 'baseline.json'], { cwd: root })).code).toBe(0);
    const accepted = await runCliHere(['audit', 'r.jsonl', '--baseline', 'baseline.json'], { cwd: root });
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/✔ no problems \(1 records file, 199 cases, \d+ in the baseline\)/);
  }, 60_000);

  it('gives the same report from worker threads as from one thread', async () => {
    const { root } = setup({ 'a.jsonl': manyCases(4000), 'b.jsonl': manyCases(3000) });
    const one = await runCliHere(['audit', 'a.jsonl', 'b.jsonl', '--jobs', '1', '-f', 'json'], { cwd: root });
    const two = await runCliHere(['audit', 'a.jsonl', 'b.jsonl', '--jobs', '2', '-f', 'json'], { cwd: root });
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    // bin/powercat.js runs the bundle, whose worker script is a file of its own (scripts/bundle.js)
    const bundled = runCli(['audit', 'a.jsonl', 'b.jsonl', '--jobs', '2', '-f', 'json'], { cwd: root });
    expect(bundled.stderr).toBe('');
    expect(bundled.stdout).toBe(one.stdout);
    const found = JSON.parse(two.stdout) as { diagnostics: { rule: string; file: string; line: number }[] };
    expect(found.diagnostics.filter((d) => d.rule === 'records-syntax').map((d) => `${d.file}:${d.line}`)).toEqual(['a.jsonl:2001', 'b.jsonl:1501']);
  }, 120_000);

  it('writes a static audit report: deterministic, unlisted codes first, persons as given', async () => {
    const { root } = setup({ 'r.jsonl': manyCases(300) });
    const first = await runCliHere(['audit', 'r.jsonl', '--report', 'out/report'], { cwd: root });
    expect(first.code).toBe(1);
    const html = readFileSync(join(root, 'out/report/index.html'), 'utf8');
    expect((await runCliHere(['audit', 'r.jsonl', '--report', 'out/report'], { cwd: root })).code).toBe(1);
    expect(readFileSync(join(root, 'out/report/index.html'), 'utf8')).toBe(html);
    expect(html.indexOf('id="unlisted"')).toBeLessThan(html.indexOf('id="by-department"'));
    expect(html).toContain('<th scope="row" class="code">X0</th>');
    expect(html).toContain('张三');
    expect(html).toContain('<svg class="time-chart" role="img"');
    expect(html).not.toMatch(/<script(?![^>]*src="assets\/lang\.js")/);
    expect(readFileSync(join(root, 'out/report/assets/lang.js'), 'utf8')).toContain('ui-lang-toggle');
    const inside = await runCliHere(['audit', 'r.jsonl', '--report', '.'], { cwd: root });
    expect(inside.code).toBe(2);
  }, 60_000);

  it('explains an audit rule', async () => {
    const result = await runCliHere(['explain', 'case-overdue', '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^case-overdue \(default: error\)/);
  }, 60_000);
});
