import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const ACCOUNTABILITY = '  - text: 对符合立案条件的案件不予立案的\n    basis: 中华人民共和国行政处罚法第七十六条\n';
const withoutAccountability = power().replace('accountability:\n' + ACCOUNTABILITY, '');

describe('accountability-required', { timeout: 60_000 }, () => {
  it('passes a power with accountability cases (and the fixture is clean under every rule)', async () => {
    expect(await allFindings({ 'powers/a.yaml': power() })).toEqual([]);
  });

  it('reports a missing list at the power\'s first key', async () => {
    expect(withoutAccountability).not.toContain('accountability');
    expect(await findingsOf('accountability-required', { 'powers/a.yaml': withoutAccountability })).toEqual([
      'accountability-required powers/a.yaml:1:1',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': withoutAccountability });
    const [finding] = await lintRoot(root, { only: ['accountability-required'] });
    expect(finding?.message).toBe('power "对未取得食品经营许可从事食品经营活动的处罚" (000231001000) gives no accountability cases (accountability); list at least one');
    expect(finding?.severity).toBe('error');
  });

  it('reports an empty list at the list, in a later document of the file', async () => {
    const empty = power('000231002000', '对另一违法行为的处罚').replace('accountability:\n' + ACCOUNTABILITY, 'accountability: []\n');
    // power() is 17 lines; the `---` is line 18, so the second document starts at line 19.
    expect(await findingsOf('accountability-required', { 'powers/a.yaml': power() + '---\n' + empty })).toEqual([
      'accountability-required powers/a.yaml:32:17',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': empty });
    const [finding] = await lintRoot(root, { only: ['accountability-required'], lang: 'zh-CN' });
    expect(finding?.message).toBe('权力事项「对另一违法行为的处罚」（000231002000）的追责情形（accountability）是空列表，至少写一项');
  });
});
