import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE } from '../helpers/process-fixtures.js';

const template = (steps: string) => `kind: Process\nid: t\nname: 模板\nview: external\nsteps:\n${steps}`;

describe('process-structure', { timeout: 60_000 }, () => {
  it('passes a well-formed template', async () => {
    expect(await findingsOf('process-structure', { 'processes/a.yaml': INTERNAL_TEMPLATE })).toEqual([]);
  });

  it('finds every structural fault at its node', async () => {
    const broken = template(
      [
        '  - {id: a, name: 申请, type: start, next: b}', // line 6
        '  - {id: b, name: 判断, type: decision, next: [{to: c, label: 是}]}', // 7: one branch
        '  - {id: c, name: 受理, next: [{to: dd, label: 缺}, {to: e, label: 齐}]}', // 8: unknown next (did you mean d)
        '  - {id: d, name: 另一个开始, type: start, next: e}', // 9: second start, unreachable
        '  - {id: e, name: 办结, type: end, next: a}', // 10: end with next
        '  - {id: f, name: 孤立步骤, next: e}', // 11: unreachable
        '  - {id: a, name: 重复, type: end}', // 12: duplicate id
        '',
      ].join('\n'),
    );
    expect(await findingsOf('process-structure', { 'processes/t.yaml': broken })).toEqual([
      'process-structure processes/t.yaml:7:29',
      'process-structure processes/t.yaml:8:35',
      'process-structure processes/t.yaml:9:10',
      'process-structure processes/t.yaml:9:32',
      'process-structure processes/t.yaml:10:34',
      'process-structure processes/t.yaml:11:10',
      'process-structure processes/t.yaml:12:10',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'processes/t.yaml': broken });
    const messages = (await lintRoot(root, { only: ['process-structure'] })).map((d) => d.message);
    expect(messages).toEqual([
      'decision "b" needs at least two labelled branches (next: [{to, label}, …]); it has 1',
      'next points at "dd", which is no step of this process; did you mean "d"?',
      'step "d" cannot be reached from the start; point a next at it or remove it',
      'a process has exactly one start step; "d" is another',
      'end step "e" must not have a next',
      'step "f" cannot be reached from the start; point a next at it or remove it',
      'step id "a" is used twice in this process',
    ]);
  });

  it('reports a process with no start and no end at its steps key, and an empty one at the list', async () => {
    expect(await findingsOf('process-structure', { 'processes/t.yaml': template('  - {id: a, name: 办理}\n') })).toEqual([
      'process-structure processes/t.yaml:5:1',
      'process-structure processes/t.yaml:5:1',
    ]);
    expect(await findingsOf('process-structure', { 'processes/t.yaml': 'kind: Process\nid: t\nname: 模板\nview: external\nsteps: []\n' })).toEqual([
      'process-structure processes/t.yaml:5:8',
    ]);
  });

  it('checks inline bodies inside their power', async () => {
    const { power } = await import('../helpers/fixtures.js');
    const inline = power('000231001000', undefined, 'process:\n  external:\n    steps:\n      - {id: a, name: 立案, type: start, next: z}\n      - {id: b, name: 结案, type: end}\n');
    expect(await findingsOf('process-structure', { 'powers/a.yaml': inline })).toEqual([
      'process-structure powers/a.yaml:21:14',
      'process-structure powers/a.yaml:21:46',
      'process-structure powers/a.yaml:22:14',
    ]);
  });

  /** A start, n - 2 tasks with a decision every tenth step (one branch skips ahead), an end; every step 1 workday. */
  function longTemplate(n: number): string {
    const steps = Array.from({ length: n }, (_, i) => {
      const type = i === 0 ? 'start' : i === n - 1 ? 'end' : i % 10 === 5 ? 'decision' : 'task';
      const next = i === n - 1 ? '' : type === 'decision' ? `, next: [{to: s${i + 1}, label: 是}, {to: s${Math.min(n - 1, i + 3)}, label: 否}]` : `, next: s${i + 1}`;
      return `  - {id: s${i}, name: 环节${i}, type: ${type}, limit: {value: 1, unit: workday}${next}}`;
    });
    return template(steps.join('\n') + '\n');
  }

  it('refuses more than maxSteps steps (200 by default) with one finding at the steps key', async () => {
    expect(await findingsOf('process-structure', { 'processes/t.yaml': longTemplate(200) })).toEqual([]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'processes/t.yaml': longTemplate(201) });
    const found = await lintRoot(root, { only: ['process-structure'] });
    expect(found.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '5:1 the process has 201 steps, more than the limit of 200, so its structure was not checked further and it cannot be drawn as a readable flowchart; split it, or raise the limit in powercat.yaml: rules: {process-structure: {level: error, options: {maxSteps: …}}}',
    ]);
  });

  it('checks a process of 20,000 steps without exhausting the stack (every graph walk is iterative)', async () => {
    const { licensing } = await import('../helpers/process-fixtures.js');
    const catalogue = CATALOGUE + 'rules:\n  process-structure: {level: error, options: {maxSteps: 100000}}\n';
    const power = licensing('000131001000', '{value: 20, unit: workday}').replace('internal: {use: approval}', 'external: {use: t}');
    const root = makeCatalogue({ 'powercat.yaml': catalogue, 'departments/scjgj.yaml': DEPARTMENT, 'processes/t.yaml': longTemplate(20_000), 'powers/a.yaml': power });
    const found = await lintRoot(root);
    expect(found.map((d) => d.rule)).toEqual(['process-time']);
    expect(found[0]!.message).toBe(
      'the longest path of the external process (环节0 → 环节1 → 环节2 → 环节3 → 环节4 → 环节5 → … → 环节19994 → 环节19995 → 环节19996 → 环节19997 → 环节19998 → 环节19999) takes 20000 working days, more than the promised limit of 20 working days',
    );
  }, 120_000);

  it('refuses step names and branch labels longer than maxLabelLength (100 by default), counting characters', async () => {
    const long = '审'.repeat(101);
    const broken = template(
      [
        `  - {id: a, name: ${'审'.repeat(100)}, type: start, next: b}`,
        `  - {id: b, name: ${long}, type: decision, next: [{to: c, label: ${'𠀋'.repeat(101)}}, {to: c, label: 否}]}`,
        '  - {id: c, name: 办结, type: end}',
        '',
      ].join('\n'),
    );
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'processes/t.yaml': broken });
    const found = await lintRoot(root, { only: ['process-structure'] });
    expect(found.map((d) => `${d.line}:${d.column} ${d.message.split(';')[0]}`)).toEqual([
      '7:19 this flowchart text is too long (101 characters, limit 100)',
      '7:160 this flowchart text is too long (101 characters, limit 100)',
    ]);
    const raised = makeCatalogue({
      'powercat.yaml': CATALOGUE + 'rules:\n  process-structure: {level: error, options: {maxLabelLength: 101}}\n',
      'departments/scjgj.yaml': DEPARTMENT,
      'processes/t.yaml': broken,
    });
    expect(await lintRoot(raised, { only: ['process-structure'] })).toEqual([]);
  });
});
