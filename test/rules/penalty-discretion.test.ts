import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const DISCRETION = 'discretion: 违法所得不足一万元的，处五万元以上十万元以下罚款\n';
const withDiscretion = (code: string, name: string, discretion: string, extra = '') => power(code, name, extra).replace(DISCRETION, discretion);

describe('penalty-discretion', { timeout: 60_000 }, () => {
  it('passes a penalty with a discretion standard, and an abolished penalty without one', async () => {
    const abolished = withDiscretion('000231002000', '对已取消事项的处罚', '', 'status: abolished\nabolishedOn: "2021-07-15"\nreason: 上位法删除了该处罚条款\n');
    expect(await allFindings({ 'powers/a.yaml': power(), 'powers/b.yaml': abolished })).toEqual([]);
  });

  it('reports a missing standard at the first key, a blank one at its value', async () => {
    const files = {
      'powers/a.yaml': withDiscretion('000231001000', '对未取得食品经营许可从事食品经营活动的处罚', ''),
      'powers/b.yaml': withDiscretion('000231002000', '对经营超过保质期食品的处罚', "discretion: '  '\n"),
      'powers/c.yaml': withDiscretion('000231003000', '对未按规定贮存食品的处罚', 'discretion:\n'),
    };
    // line 17 is `discretion:`; a blank value is reported at its value, an absent one (`discretion:` alone) at the key.
    expect(await findingsOf('penalty-discretion', files)).toEqual([
      'penalty-discretion powers/a.yaml:1:1',
      'penalty-discretion powers/b.yaml:17:13',
      'penalty-discretion powers/c.yaml:17:1',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['penalty-discretion'] });
    expect(found.map((d) => d.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(found[0]?.message).toBe(
      'penalty "对未取得食品经营许可从事食品经营活动的处罚" gives no discretion standard (discretion); state the conduct, the kinds and the range of penalties',
    );
    const [zh] = await lintRoot(root, { only: ['penalty-discretion'], lang: 'zh-CN', paths: [root] });
    expect(zh?.message).toBe('行政处罚「对未取得食品经营许可从事食品经营活动的处罚」没有写裁量基准（discretion）；写明处罚的行为、种类和幅度');
  });

  it('does not ask other types for a discretion standard', async () => {
    const inspection = withDiscretion('000631001000', '对食品经营者的监督检查', '').replace('type: penalty', 'type: inspection');
    expect(await findingsOf('penalty-discretion', { 'powers/a.yaml': inspection })).toEqual([]);
  });
});
