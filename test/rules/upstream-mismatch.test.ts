import { describe, expect, it } from 'vitest';
import { brief, county, countyCatalogue, countyPower, lintCounty, openData, upstreamFolder } from '../helpers/upstream-fixtures.js';

const ITEM = { code: '000231002000', name: '对生产经营超过保质期的食品的行政处罚', titles: ['中华人民共和国食品安全法', '食品召回管理办法'] };
const FOLDER = countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province']);

describe('upstream-mismatch', () => {
  it('passes a power that differs only as FORMAT §6 allows: width, brackets, spaces, a level suffix, 《》, more titles', async () => {
    const root = county({
      'upstream/province.json': openData([ITEM]),
      'powers/market.yaml': countyPower(ITEM.code, '对生产经营超过保质期的食品的行政处罚 (县级)', '', ['《中华人民共和国 食品安全法》', '食品召回管理办法', '云溪县食品安全监管实施办法']),
    });
    expect(await lintCounty(root)).toEqual([]);
  });

  it('reports each differing field once, at the local field, with both values and the list named', async () => {
    const root = county({
      'upstream/province.json': openData([ITEM]),
      'powers/market.yaml': countyPower(ITEM.code, '对生产经营过期食品的行政处罚', '', ['中华人民共和国食品安全法']).replace('type: penalty', 'type: coercion').replace(/discretion: .*\n/, ''),
    });
    expect((await lintCounty(root)).map((f) => [f.rule, f.at, f.message])).toEqual([
      [
        'upstream-mismatch',
        'powers/market.yaml:3:7',
        'the name differs from item 000231002000 of the upstream list "东岭省权责清单通用目录" (one item has one name, code, basis and type at every level). Here: 对生产经营过期食品的行政处罚; upstream: 对生产经营超过保质期的食品的行政处罚',
      ],
      [
        'upstream-mismatch',
        'powers/market.yaml:4:7',
        'the type differs from item 000231002000 of the upstream list "东岭省权责清单通用目录" (one item has one name, code, basis and type at every level). Here: Administrative coercion; upstream: Administrative penalty',
      ],
      [
        'upstream-mismatch',
        'powers/market.yaml:7:3',
        'the basis lacks what item 000231002000 of the upstream list "东岭省权责清单通用目录" lists: 食品召回管理办法 (one item has one name, code, basis and type at every level; more entries here are fine). Here: 中华人民共和国食品安全法; upstream: 中华人民共和国食品安全法; 食品召回管理办法',
      ],
    ]);
    expect((await lintCounty(root, 'zh-CN')).map((f) => f.message)).toEqual([
      '名称与上级目录「东岭省权责清单通用目录」的事项 000231002000 不一致（三级四同：同一事项名称、编码、依据、类型）。本级：对生产经营过期食品的行政处罚；上级目录：对生产经营超过保质期的食品的行政处罚',
      '权力类型与上级目录「东岭省权责清单通用目录」的事项 000231002000 不一致（三级四同：同一事项名称、编码、依据、类型）。本级：行政强制；上级目录：行政处罚',
      '依据缺少上级目录「东岭省权责清单通用目录」的事项 000231002000 所列的：食品召回管理办法（三级四同：同一事项名称、编码、依据、类型；本级可以多列）。本级：中华人民共和国食品安全法；上级目录：中华人民共和国食品安全法、食品召回管理办法',
    ]);
  });

  it('relates each finding to the field of the item when the upstream is a catalogue folder', async () => {
    const root = county({
      'powercat.yaml': FOLDER,
      ...upstreamFolder('upstream/province', [ITEM]),
      'powers/market.yaml': countyPower(ITEM.code, '对生产经营过期食品的行政处罚', '', ['食品召回管理办法']),
    });
    expect((await lintCounty(root)).map((f) => [f.at, f.related])).toEqual([
      ['powers/market.yaml:3:7', ['upstream/province/powers/market.yaml:3:7 the name upstream']],
      ['powers/market.yaml:7:3', ['upstream/province/powers/market.yaml:7:3 the basis upstream']],
    ]);
  });

  it('reports a power without basis at its first key (basis-required says it too)', async () => {
    const root = county({ 'upstream/province.json': openData([ITEM]), 'powers/market.yaml': countyPower(ITEM.code, ITEM.name).replace(/basis:\n.*\n/, '') });
    expect(brief(await lintCounty(root))).toEqual(['basis-required powers/market.yaml:1:1', 'upstream-mismatch powers/market.yaml:1:1']);
  });

  it('compares a written link with its item, not with the item of its own code', async () => {
    const other = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚' };
    const root = county({
      'upstream/province.json': openData([ITEM, other]),
      'powers/market.yaml': [countyPower(ITEM.code, other.name, `upstream: {code: '${other.code}'}\n`), countyPower('000231005000', ITEM.name, '', ITEM.titles)].join('---\n'),
    });
    // The second power's code is no item's, so it is not linked: only the first is compared (and matches).
    expect(brief(await lintCounty(root))).toEqual(['upstream-missing powercat.yaml:7:5']);
  });

  it('compares every list that has the code, naming each', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province.json', 'id: national\nname: 国家政务服务事项基本目录\nsource: upstream/national.json']),
      'upstream/province.json': openData([ITEM]),
      'upstream/national.json': openData([{ ...ITEM, name: '对经营超过保质期食品的处罚' }]),
      'powers/market.yaml': countyPower(ITEM.code, ITEM.name, '', ITEM.titles),
    });
    expect((await lintCounty(root)).map((f) => [f.at, f.message])).toEqual([
      ['powers/market.yaml:3:7', expect.stringContaining('the name differs from item 000231002000 of the upstream list "国家政务服务事项基本目录"')],
    ]);
  });
});

describe('linking', () => {
  it('does not link by code a power whose upstream is malformed (schema says so), and does for `upstream:` left empty', async () => {
    const files = { 'upstream/province.json': openData([ITEM]) };
    const differing = (extra: string) => county({ ...files, 'powers/market.yaml': countyPower(ITEM.code, '对生产经营过期食品的行政处罚', extra, ITEM.titles) });
    expect(brief(await lintCounty(differing("upstream: '000231002000'\n")))).toEqual(['upstream-missing powercat.yaml:7:5', 'schema powers/market.yaml:6:11']);
    expect(brief(await lintCounty(differing('upstream:\n')))).toEqual(['upstream-mismatch powers/market.yaml:3:7']);
  });
});
