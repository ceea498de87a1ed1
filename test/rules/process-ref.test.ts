import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf } from '../helpers/fixtures.js';
import { INTERNAL_TEMPLATE, licensing } from '../helpers/process-fixtures.js';

describe('process-ref', () => {
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
  });
});
