import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE, licensing } from '../helpers/process-fixtures.js';

describe('process-ref', { timeout: 60_000 }, () => {
  it('passes a use of an existing template of the same view (fixture clean under every rule)', async () => {
    expect(await allFindings({ 'processes/approval.yaml': INTERNAL_TEMPLATE, 'powers/a.yaml': licensing('000131001000', '{value: 5, unit: workday}') })).toEqual([]);
  });

  it('reports an unknown template with a suggestion, and a template of the other view', async () => {
    const files = {
      'processes/approval.yaml': INTERNAL_TEMPLATE,
      'powers/a.yaml': licensing('000131001000', '{value: 5, unit: workday}').replace('internal: {use: approval}', 'internal: {use: aproval}'),
      'powers/b.yaml': licensing('000131002000', '{value: 5, unit: workday}').replace('internal: {use: approval}', 'external: {use: approval}'),
    };
    expect(await findingsOf('process-ref', files)).toEqual(['process-ref powers/a.yaml:20:19', 'process-ref powers/b.yaml:20:19']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const wrongView = (await lintRoot(root, { only: ['process-ref'], lang: 'zh-CN' }))[1];
    expect(wrongView?.message).toBe('外部流程（process.external）引用了「approval」，但它是内部流程模板（view: internal）：改为引用外部流程模板，或把它写在 process.internal 下');
  });
});
