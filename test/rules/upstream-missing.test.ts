import { describe, expect, it } from 'vitest';
import { brief, county, countyCatalogue, countyPower, lintCounty, openData, upstreamFolder, type Item } from '../helpers/upstream-fixtures.js';

const IMPLEMENTED = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚', level: [3, 4] };
const POWER = countyPower(IMPLEMENTED.code, IMPLEMENTED.name);
const province = (items: readonly Item[], extra = '') => countyCatalogue([`id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province.json${extra}`]);

describe('upstream-missing', () => {
  it('passes items meant for other levels, abolished or suspended items, and items marked not applicable', async () => {
    const items: Item[] = [
      IMPLEMENTED,
      { code: '000131012000', name: '食品生产许可', type: 'licensing', level: [2, 3] },
      { code: '000231004000', name: '对生产经营腐败变质食品的行政处罚' },
      { code: '000231005000', name: '对生产经营标注虚假生产日期的食品的行政处罚', level: [4], status: 'abolished' },
      { code: '000231006000', name: '对生产经营病死畜禽肉类的行政处罚', level: [4], status: 'suspended' },
      { code: '000118099000', name: '港口经营许可', type: 'licensing', level: [3, 4] },
    ];
    // 000231004000 has no level of its own: its catalogue's (2) is not this county's (4).
    const root = county({
      'powercat.yaml': province(items, "\nnotApplicable:\n  - {code: '000118099000', reason: 本县无港口}"),
      'upstream/province.json': openData(items, { level: 2 }),
      'powers/market.yaml': POWER,
    });
    expect(await lintCounty(root)).toEqual([]);
  });

  it('reports an item meant for this level that no power links to, at the list in powercat.yaml', async () => {
    const items: Item[] = [IMPLEMENTED, { code: '000231002000', name: '对生产经营超过保质期的食品的行政处罚', level: [4] }];
    const root = county({ 'upstream/province.json': openData(items), 'powers/market.yaml': POWER });
    expect(await lintCounty(root)).toEqual([
      {
        at: 'powercat.yaml:7:5',
        rule: 'upstream-missing',
        message:
          'item "对生产经营超过保质期的食品的行政处罚" (000231002000, levels: county) of the upstream list "东岭省权责清单通用目录" is meant for this level, but no power here is linked to it: add the power (same code, or upstream: {code: "000231002000"}), or, if this level does not implement it, list the code with a reason under notApplicable of this list',
        related: [],
      },
    ]);
    const [zh] = await lintCounty(root, 'zh-CN');
    expect(zh!.message).toBe(
      '上级目录「东岭省权责清单通用目录」的事项「对生产经营超过保质期的食品的行政处罚」（000231002000，行使层级：县）适用于本级，但本清单没有与之关联的事项：请增加此事项（编码相同，或写 upstream: {code: "000231002000"}）；确属本级不实施的，在此目录的 notApplicable 中写明编码和理由',
    );
  });

  it('takes an item without a level of its own or of its catalogue as meant for every level, the item related in a folder', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province']),
      ...upstreamFolder('upstream/province', [IMPLEMENTED, { code: '000231004000', name: '对生产经营腐败变质食品的行政处罚' }]),
      'upstream/province/powercat.yaml': 'kind: Catalogue\nid: dongling\nname: 东岭省权责清单通用目录\n',
      'powers/market.yaml': POWER,
    });
    expect((await lintCounty(root)).map((f) => [f.at, f.message, f.related])).toEqual([
      ['powercat.yaml:7:5', expect.stringContaining('item "对生产经营腐败变质食品的行政处罚" (000231004000, levels: every level)'), ['upstream/province/powers/market.yaml:11:7 the upstream item']],
    ]);
  });

  it('counts a link by code, by the basic code (national) and a written link; a county without level is held only to items for every level', async () => {
    const items: Item[] = [IMPLEMENTED, { code: '000231002000', name: '对生产经营超过保质期的食品的行政处罚', level: [4] }, { code: '000231003000', name: '对使用未经检验的食品添加剂的行政处罚' }];
    const powers = [
      countyPower(`11990521MB0C11253H4${IMPLEMENTED.code}`, IMPLEMENTED.name),
      countyPower('000231009000', '对生产经营超过保质期的食品的行政处罚', "upstream: {code: '000231002000'}\n"),
    ].join('---\n');
    const files = { 'upstream/province.json': openData(items), 'powers/market.yaml': powers };
    const national = 'level: 4\ncodeProfile: national\n';
    expect(brief(await lintCounty(county({ ...files, 'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省\nsource: upstream/province.json'], national) })))).toEqual(['upstream-missing powercat.yaml:8:5']);
    expect((await lintCounty(county({ ...files, 'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省\nsource: upstream/province.json'], 'codeProfile: national\n') }))).map((f) => f.message)).toEqual([
      expect.stringContaining('item "对使用未经检验的食品添加剂的行政处罚" (000231003000, levels: every level)'),
    ]);
  });
});
