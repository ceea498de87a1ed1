import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE, licensing } from '../helpers/process-fixtures.js';

const withTemplate = (files: Record<string, string>) => ({ 'processes/approval.yaml': INTERNAL_TEMPLATE, ...files });

describe('process-time', { timeout: 60_000 }, () => {
  it('passes when the longest path fits exactly (5 workdays ≤ 5 workdays; 5 workdays ≤ 7 days)', async () => {
    const files = withTemplate({
      'powers/a.yaml': licensing('000131001000', '{value: 5, unit: workday}'),
      'powers/b.yaml': licensing('000131002000', '{value: 7, unit: day}'),
    });
    expect(await findingsOf('process-time', files)).toEqual([]);
  });

  it('compares workdays and days exactly: 5 workdays = 7 days, so 6.99 days is too short', async () => {
    const files = withTemplate({ 'powers/a.yaml': licensing('000131001000', '{value: 6.99, unit: day}') });
    expect(await findingsOf('process-time', files)).toEqual(['process-time powers/a.yaml:20:3']);
  });

  it('reports at the process entry, with the path, the sum as written and the limit', async () => {
    const files = withTemplate({ 'powers/a.yaml': licensing('000131001000', '{value: 4, unit: workday}') });
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [d] = await lintRoot(root, { only: ['process-time'] });
    expect(d?.message).toBe(
      'the longest path of the internal process (窗口受理 → 承办人审查 → 负责人审核 → 分管领导决定 → 送达归档) takes 5 working days, more than the promised limit of 4 working days',
    );
    expect(d?.related).toEqual([{ file: 'powers/a.yaml', line: 18, column: 13, message: 'the limit is set here' }]);
    // units and the view in the message's language (was: 合计 5 workday，超过承诺时限 4 workday)
    const [zh] = await lintRoot(root, { only: ['process-time'], lang: 'zh-CN' });
    expect(zh?.message).toBe('内部流程最长路径（窗口受理 → 承办人审查 → 负责人审核 → 分管领导决定 → 送达归档）各步时限合计 5 个工作日，超过承诺时限 4 个工作日');
  });

  it('takes the longest branch, walks loops once, and falls back to the statutory limit', async () => {
    const body = `process:
  internal:
    steps:
      - {id: a, name: 受理, type: start, actor: window, limit: {value: 1, unit: day}, next: b}
      - id: b
        name: 是否补正
        type: decision
        actor: clerk
        next: [{to: fix, label: 补正}, {to: c, label: 齐全}]
      - {id: fix, name: 补正, actor: window, limit: {value: 10, unit: day}, next: a}
      - {id: c, name: 审查, actor: clerk, limit: {value: 3, unit: day}, next: d}
      - {id: d, name: 快速办结, actor: chief, limit: {value: 1, unit: hour}, next: e}
      - {id: e, name: 办结, type: end, actor: window}
`;
    const at = (statutory: number) =>
      licensing('000131001000', 'none').replace('  promised: none\n', `  statutory: {value: ${statutory}, unit: day}\n`).replace(/process:\n  internal: \{use: approval\}\n/, body);
    expect(await findingsOf('process-time', { 'powers/a.yaml': at(4) })).toEqual([]);
    expect(await findingsOf('process-time', { 'powers/a.yaml': at(3) })).toEqual(['process-time powers/a.yaml:20:3']);
  });

  it('reports a promised limit longer than the statutory one', async () => {
    const power = licensing('000131001000', '{value: 30, unit: day}').replace('timeLimit:\n', 'timeLimit:\n  statutory: {value: 20, unit: workday}\n');
    expect(await findingsOf('process-time', withTemplate({ 'powers/a.yaml': power }))).toEqual(['process-time powers/a.yaml:19:13']);
  });
});
