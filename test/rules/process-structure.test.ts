import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE } from '../helpers/process-fixtures.js';

const template = (steps: string) => `kind: Process\nid: t\nname: 模板\nview: external\nsteps:\n${steps}`;

describe('process-structure', () => {
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
});
