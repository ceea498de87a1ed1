import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliHere } from '../helpers/cli-in-process.js';
import { folderWith, NEW_FILES, OLD_FILES } from '../helpers/diff-fixtures.js';

/** `powercat diff -f json` of two folders, parsed. */
async function jsonDiff(...args: string[]) {
  const result = await runCliHere(['diff', ...args, '-f', 'json']);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout);
}

describe('powercat diff of two catalogue folders (FORMAT §5)', () => {
  const old = folderWith(OLD_FILES);
  const next = folderWith(NEW_FILES);

  it('lists added, removed, abolished, superseded and changed codes, sorted', async () => {
    const diff = await jsonDiff(old, next);
    expect(Object.keys(diff)).toEqual(['added', 'removed', 'abolished', 'superseded', 'changed', 'details', 'burden']);
    expect({ added: diff.added, removed: diff.removed, abolished: diff.abolished, superseded: diff.superseded, changed: diff.changed }).toEqual({
      added: ['B1'],
      removed: ['R1'],
      abolished: ['A1'],
      superseded: { M1: ['M3'], M2: ['M3'], N1: ['N2'], S1: ['S2', 'S3'] },
      changed: {
        // status, abolishedOn and reason came with the abolition; the note did not.
        A1: ['note'],
        C1: ['handlingItems', 'name', 'process', 'subItems', 'timeLimit'],
        D1: ['department', 'history'],
        // Only the template they use changed.
        K1: ['process'],
        T1: ['process'],
      },
    });
    expect(diff.burden).toEqual({ up: {}, down: { C1: ['timeLimit'] } });
  }, 60_000);

  it('gives old and new values, steps by id, and sub-items and handling items by code under their parent', async () => {
    const { details } = await jsonDiff(old, next);
    expect(details.C1).toEqual({
      name: '食品经营许可（含网络经营）',
      fields: {
        name: { old: '食品经营许可', new: '食品经营许可（含网络经营）' },
        timeLimit: {
          old: { statutory: { value: 20, unit: 'workday' }, promised: { value: 10, unit: 'workday' } },
          new: { statutory: { value: 20, unit: 'workday' }, promised: { value: 8, unit: 'workday' } },
        },
        subItems: {
          added: [{ code: 'C1-3', name: '注销' }],
          removed: [{ code: 'C1-2', name: '变更' }],
          changed: { 'C1-1': { handlingItems: { added: [{ code: 'C1-1-02', name: '补办' }], removed: [], changed: { 'C1-1-01': { name: { old: '首次申请', new: '首次申请（网上）' } } } } } },
        },
        handlingItems: { added: [], removed: [], changed: { 'C1-01': { kind: { new: 'renewal' } } } },
        process: { external: { added: [], removed: [], changed: { apply: { name: { old: '申请', new: '网上申请' } } } } },
      },
    });
    expect(details.T1.fields.process).toEqual({ internal: { added: [], removed: [], changed: { check: { name: { old: '审查', new: '审查核实' } } } } });
    expect(details.D1.fields.department).toEqual({ old: 'scjgj', new: 'xzj', as: 'delegated' });
    expect(details.A1.abolished).toEqual({ on: '2025-03-01', reason: '上位法废止' });
    expect([details.M1.superseded, details.S1.superseded, details.N1.superseded]).toEqual([
      { as: 'merged', by: ['M3'] },
      { as: 'split', by: ['S2', 'S3'] },
      { as: 'renamed', by: ['N2'] },
    ]);
    expect(details.K1).toBeDefined();
  }, 60_000);

  it('sees a change in what a power only refers to: a post renamed in its department, a template step', async () => {
    const renamed = folderWith({ ...OLD_FILES, 'departments.yaml': OLD_FILES['departments.yaml']!.replace('{id: chief, name: 科室负责人}', '{id: chief, name: 科长}') });
    const diff = await jsonDiff(old, renamed);
    expect(diff.changed).toEqual({ K1: ['process'], T1: ['process'] });
    expect(diff.details.K1.fields.process.internal.changed).toEqual({ check: { actorName: { old: '科室负责人', new: '科长' } }, done: { actorName: { old: '科室负责人', new: '科长' } } });
  }, 60_000);

  it('finds nothing between a catalogue and its copy, and says so', async () => {
    expect(await jsonDiff(old, old)).toEqual({ added: [], removed: [], abolished: [], superseded: {}, changed: {}, details: {}, burden: { up: {}, down: {} } });
    const text = await runCliHere(['diff', old, old, '--exit-code']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('No changes.');
  }, 60_000);

  it('exits 1 with --exit-code when anything changed', async () => {
    expect((await runCliHere(['diff', old, next, '--exit-code'])).code).toBe(1);
    expect((await runCliHere(['diff', old, next])).code).toBe(0);
  }, 60_000);

  it('writes text (burden first, a readable line per value) and a Markdown PR comment', async () => {
    const text = (await runCliHere(['diff', old, next, '--lang', 'zh-CN'])).stdout;
    expect(text.indexOf('减轻负担')).toBeLessThan(text.indexOf('新增'));
    expect(text).toContain('办结时限：法定 20 个工作日，承诺 10 个工作日 → 法定 20 个工作日，承诺 8 个工作日');
    expect(text).toContain('运行流程 · 内部流程 · 环节 check · 名称：审查 → 审查核实');
    expect(text).toContain('实施主体：scjgj → xzj（下放）');
    expect(text).toContain('S1 拆分前 → S2、S3（拆分）');
    const markdown = (await runCliHere(['diff', old, next, '-f', 'markdown', '--lang', 'en'])).stdout;
    expect(markdown).toMatch(/\| Change \| Powers \|\n\| --- \| ---: \|\n\| Burden down \| 1 \|/);
    expect(markdown).toContain('<details><summary>Changed (5)</summary>');
    expect(markdown).toContain('  - Department: scjgj → xzj (Delegated)');
  }, 60_000);

  it('keeps catalogue text from acting in a terminal or a PR comment', async () => {
    const hostile = folderWith({ ...NEW_FILES, 'powers/brand-new.yaml': 'kind: Power\ncode: "B1"\nname: "x\\n::error::boom \\u001b[2J <img src=x> @admin"\ntype: other\ndepartment: scjgj\n' });
    const text = (await runCliHere(['diff', old, hostile])).stdout;
    expect(text).not.toMatch(/^\s*::/m);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('x\\n::error::boom \\u001b[2J');
    const markdown = (await runCliHere(['diff', old, hostile, '-f', 'markdown'])).stdout;
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('@admin');
    expect(markdown).toContain('&#60;img src=x&#62; &#64;admin');
  }, 60_000);

  it('refuses what it cannot compare, with one line and exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'powercat-diff-json-'));
    writeFileSync(join(dir, 'v1.json'), JSON.stringify({ formatVersion: 1, powers: [] }));
    writeFileSync(join(dir, 'v9.json'), JSON.stringify({ formatVersion: 9, powers: [] }));
    writeFileSync(join(dir, 'bad.json'), '{');
    const v1 = await runCliHere(['diff', join(dir, 'v1.json'), next]);
    expect(v1.code).toBe(2);
    expect(v1.stderr).toMatch(/^powercat: v1\.json is open-data format 1 .* build the site again with this powercat/);
    expect((await runCliHere(['diff', join(dir, 'v9.json'), next])).stderr).toContain('its formatVersion is 9');
    expect((await runCliHere(['diff', join(dir, 'bad.json'), next])).stderr).toContain('bad.json is not JSON');
    expect((await runCliHere(['diff', next])).code).toBe(2);
    expect((await runCliHere(['diff', next, join(dir, 'missing')])).stderr).toContain('no such file or folder');
    for (const run of [v1, (await runCliHere(['diff', next]))]) expect(run.stderr.trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
