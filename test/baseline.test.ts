import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from './helpers/catalogue.js';
import { runCliHere } from './helpers/cli-in-process.js';
import { DEPARTMENT, power } from './helpers/fixtures.js';

// Each test starts the CLI several times: on a busy machine that takes seconds.
describe('--baseline', { timeout: 60_000 }, () => {
  it('records findings by rule, file and pointer, and then reports only new ones, even after lines move', async () => {
    const root = makeCatalogue({
      'departments/scjgj.yaml': DEPARTMENT,
      'powers/a.yaml': power('000231001000', '对无证经营的处罚', 'remark: 旧备注\n'),
      'powers/b.yaml': power('000231002000', '对虚假宣传的处罚').replace(/discretion: .*\n/, ''),
    });
    const written = await runCliHere(['lint', '.', '--baseline-write', 'ci/baseline.json'], { cwd: root });
    expect(written.code).toBe(0);
    expect(written.stderr).toContain('recorded 2 findings in the baseline ci/baseline.json');
    const baseline = JSON.parse(readFileSync(join(root, 'ci/baseline.json'), 'utf8'));
    expect(baseline).toEqual({
      version: 1,
      findings: [
        { rule: 'schema', file: '../powers/a.yaml', pointer: '/remark', count: 1 },
        { rule: 'penalty-discretion', file: '../powers/b.yaml', pointer: '', count: 1 },
      ],
    });

    // lines added above the old finding, and one new finding
    writeFileSync(join(root, 'powers/a.yaml'), '# 新增注释\n# 再一行\n' + power('000231001000', '对无证经营的处罚', 'remark: 旧备注\nmemo: 新问题\n'));
    const checked = await runCliHere(['lint', '.', '--baseline', 'ci/baseline.json', '-f', 'json'], { cwd: root });
    expect(checked.code).toBe(1);
    const report = JSON.parse(checked.stdout);
    expect(report.diagnostics.map((d: { pointer: string }) => d.pointer)).toEqual(['/memo']);
    expect(report.summary).toMatchObject({ errors: 1, warnings: 0 });
    expect((await runCliHere(['lint', '.', '--baseline', 'ci/baseline.json'], { cwd: root })).stdout).toContain('2 in the baseline');
  }, 60_000);

  it('refuses a missing or malformed baseline with exit 2', async () => {
    const root = makeCatalogue({ 'bad.json': '{"version": 2}' });
    expect((await runCliHere(['lint', '.', '--baseline', 'none.json'], { cwd: root }))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect((await runCliHere(['lint', '.', '--baseline', 'bad.json'], { cwd: root }))).toMatchObject({ code: 2, stderr: expect.stringContaining('not a powercat baseline') });
  }, 60_000);
});
