import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const RESPONSIBILITIES = '  - {stage: 立案, text: 对发现的违法行为及时立案}\n  - {stage: 决定, text: 依法作出处罚决定}\n';
const withoutResponsibilities = power().replace('responsibilities:\n' + RESPONSIBILITIES, '');

describe('responsibility-required', { timeout: 60_000 }, () => {
  it('passes a power with responsibilities (and the fixture is clean under every rule)', async () => {
    expect(await allFindings({ 'powers/a.yaml': power() })).toEqual([]);
  });

  it('reports a missing list at the power\'s first key', async () => {
    expect(withoutResponsibilities).not.toContain('responsibilities');
    expect(await findingsOf('responsibility-required', { 'powers/a.yaml': withoutResponsibilities })).toEqual([
      'responsibility-required powers/a.yaml:1:1',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': withoutResponsibilities });
    const [finding] = await lintRoot(root, { only: ['responsibility-required'], lang: 'zh-CN' });
    expect(finding?.message).toBe('权力事项「对未取得食品经营许可从事食品经营活动的处罚」（000231001000）缺少责任事项（responsibilities），至少写一项');
    expect(finding?.severity).toBe('error');
  });

  it('reports an empty list at the list, and keeps checking abolished powers', async () => {
    const empty = power().replace('responsibilities:\n' + RESPONSIBILITIES, 'responsibilities: []\n');
    const abolished = power('000231002000', '对已取消事项的处罚', 'status: abolished\nabolishedOn: "2020-01-01"\nreason: 上位法修改\n')
      .replace('responsibilities:\n' + RESPONSIBILITIES, '');
    expect(await findingsOf('responsibility-required', { 'powers/a.yaml': empty, 'powers/b.yaml': abolished })).toEqual([
      'responsibility-required powers/a.yaml:11:19',
      'responsibility-required powers/b.yaml:1:1',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': empty });
    const [finding] = await lintRoot(root, { only: ['responsibility-required'] });
    expect(finding?.message).toBe('power "对未取得食品经营许可从事食品经营活动的处罚" (000231001000) has an empty list of responsibilities (responsibilities); list at least one');
  });
});
