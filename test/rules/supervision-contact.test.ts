import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

/** The fixture department without its 监督电话. */
const SILENT_DEPARTMENT = DEPARTMENT.replace('  supervisionPhone: "0899-8210002"\n', '');

describe('supervision-contact', { timeout: 60_000 }, () => {
  it('passes a power whose department gives the phone, or which gives its own (clean under every rule)', async () => {
    expect(SILENT_DEPARTMENT).not.toContain('supervisionPhone');
    expect(await allFindings({ 'powers/a.yaml': power() })).toEqual([]);
    const own = power(undefined, undefined, 'contact:\n  supervisionPhone: "0899-8210099"\n');
    expect(await allFindings({ 'departments/scjgj.yaml': SILENT_DEPARTMENT, 'powers/a.yaml': own })).toEqual([]);
  });

  it('reports a power without a phone at its first key, with the department related', async () => {
    const files = {
      'departments/scjgj.yaml': SILENT_DEPARTMENT,
      'powers/a.yaml': power(),
      'powers/b.yaml': power('000231002000', '对经营超过保质期食品的处罚', "contact:\n  phone: \"0899-8210001\"\n  supervisionPhone: ''\n"),
      // abolished: no longer exercised, so no 监督电话 is needed
      'powers/c.yaml': power('000231003000', '对已取消事项的处罚', 'status: abolished\nabolishedOn: "2020-01-01"\nreason: 上位法修改\n'),
    };
    expect(await findingsOf('supervision-contact', files)).toEqual(['supervision-contact powers/a.yaml:1:1', 'supervision-contact powers/b.yaml:1:1']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, ...files });
    const [first] = await lintRoot(root, { only: ['supervision-contact'] });
    expect(first?.severity).toBe('warning');
    expect(first?.message).toBe(
      'power "对未取得食品经营许可从事食品经营活动的处罚" (000231001000) has no supervision phone: neither it nor its department "青水县市场监督管理局" gives contact.supervisionPhone; add one to the department\'s or the power\'s contact',
    );
    expect(first?.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'departments/scjgj.yaml:1:1 department "青水县市场监督管理局" gives no supervision phone either',
    ]);
    const [zh] = await lintRoot(root, { only: ['supervision-contact'], lang: 'zh-CN' });
    expect(zh?.message).toBe(
      '权力事项「对未取得食品经营许可从事食品经营活动的处罚」（000231001000）没有监督电话：事项和实施主体「青水县市场监督管理局」都没有写 contact.supervisionPhone；在部门或事项的 contact 中补上',
    );
  });

  it('folds a power whose department is unknown into owner-unknown, and reports it without a related location when owner-unknown is off', async () => {
    const files = { 'powers/a.yaml': power().replace('department: scjgj\nundertaker: scjgj-zfdd\n', 'department: no-such\n') };
    expect(await findingsOf('supervision-contact', files)).toEqual([]);
    expect(await findingsOf('owner-unknown', files)).toEqual(['owner-unknown powers/a.yaml:5:13']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [finding] = await lintRoot(root, { only: ['supervision-contact'], rules: { 'owner-unknown': 'off' } });
    expect(finding?.message).toBe(
      'power "对未取得食品经营许可从事食品经营活动的处罚" (000231001000) gives no supervision phone (contact.supervisionPhone) and has no known department to take one from; add one to the power\'s contact',
    );
    expect(finding?.related).toEqual([]);
  });
});
