import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE, licensing } from '../helpers/process-fixtures.js';

describe('process-actor', { timeout: 60_000 }, () => {
  it('passes actors that are posts of the owning department', async () => {
    const files = { 'processes/approval.yaml': INTERNAL_TEMPLATE, 'powers/a.yaml': licensing('000131001000', '{value: 5, unit: workday}') };
    expect(await findingsOf('process-actor', files)).toEqual([]);
  });

  it('reports a template per power that uses it, at the power’s use:, with the template steps related', async () => {
    const files = {
      'processes/approval.yaml': INTERNAL_TEMPLATE.replace('actor: chief', 'actor: section-chief'),
      'powers/a.yaml': licensing('000131001000', '{value: 5, unit: workday}'),
      'powers/b.yaml': licensing('000131002000', '{value: 5, unit: workday}'),
    };
    expect(await findingsOf('process-actor', files)).toEqual(['process-actor powers/a.yaml:20:19', 'process-actor powers/b.yaml:20:19']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [d] = await lintRoot(root, { only: ['process-actor'] });
    expect(d?.message).toBe(
      'the internal template "approval" uses actors section-chief, which are no posts of "青水县市场监督管理局"; its posts: window, clerk, chief, deputy, director',
    );
    expect(d?.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['processes/approval.yaml:8:37']);
  });

  it('reports an inline body at the step’s actor; external actors are free text', async () => {
    const inline = power(
      '000231001000',
      undefined,
      'process:\n  external:\n    steps:\n      - {id: a, name: 申请, type: start, actor: 申请人, next: b}\n      - {id: b, name: 结束, type: end, actor: 窗口}\n  internal:\n    steps:\n      - {id: a, name: 立案, type: start, actor: officer, next: b}\n      - {id: b, name: 结案, type: end, actor: clerk}\n',
    );
    expect(await findingsOf('process-actor', { 'powers/a.yaml': inline })).toEqual(['process-actor powers/a.yaml:25:47']);
  });
});
