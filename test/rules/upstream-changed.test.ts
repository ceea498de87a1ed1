import { describe, expect, it } from 'vitest';
import { brief, county, countyCatalogue, countyPower, lintCounty, openData, type Item } from '../helpers/upstream-fixtures.js';

const ITEM: Item = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚', level: [3, 4], timeLimit: { statutory: { value: 20, unit: 'workday' } } };
const POWER = countyPower(ITEM.code, ITEM.name);
const WITH_PREVIOUS = countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province-2026.json\nprevious: upstream/province-2025.json']);

function versions(before: Item, after: Item, power = POWER) {
  return county({
    'powercat.yaml': WITH_PREVIOUS,
    'upstream/province-2025.json': openData([before]),
    'upstream/province-2026.json': openData([after]),
    'powers/market.yaml': power,
  });
}

describe('upstream-changed', () => {
  it('passes an item that did not change, only in ways FORMAT §6 ignores, or changed in other fields', async () => {
    const same = { ...ITEM, name: `${ITEM.name} `, titles: ['《中华人民共和国食品安全法》'], timeLimit: { statutory: { value: 28, unit: 'day' }, promised: { value: 5, unit: 'workday' } } };
    expect(await lintCounty(versions(ITEM, same))).toEqual([]);
  });

  it('names the fields that changed, at the code of a power linked by code, the previous version related', async () => {
    const after = { ...ITEM, name: '对无证经营食品的行政处罚', titles: ['中华人民共和国食品安全法', '食品经营许可和备案管理办法'], level: [4], timeLimit: { statutory: 'none' } };
    const found = await lintCounty(versions(ITEM, after, countyPower(ITEM.code, after.name, '', after.titles)));
    expect(found).toEqual([
      {
        at: 'powers/market.yaml:2:7',
        rule: 'upstream-changed',
        message:
          'item "对无证经营食品的行政处罚" (000231001000) of the upstream list "东岭省权责清单通用目录" changed since the version last reconciled with (upstream/province-2025.json): name, legal basis, statutory time limit, level of government. Review this power; once every change is reviewed, set previous of this list in powercat.yaml to upstream/province-2026.json',
        related: ['powercat.yaml:10:15 the version last reconciled with'],
      },
    ]);
    const [zh] = await lintCounty(versions(ITEM, after, countyPower(ITEM.code, after.name, '', after.titles)), 'zh-CN');
    expect(zh!.message).toBe(
      '上级目录「东岭省权责清单通用目录」的事项「对无证经营食品的行政处罚」（000231001000）自上次核对的版本（upstream/province-2025.json）以来改变了：权力名称、设定和实施依据、法定时限、行使层级。请核对本事项；全部核对后，把 powercat.yaml 中此目录的 previous 改为 upstream/province-2026.json',
    );
  });

  it('sits at upstream for a written link, and reports a type change', async () => {
    const power = countyPower('000231009000', ITEM.name, `upstream: {code: '${ITEM.code}'}\n`).replace('type: penalty', 'type: coercion');
    const found = await lintCounty(versions(ITEM, { ...ITEM, type: 'coercion' }, power));
    expect(found.map((f) => [f.rule, f.at, f.message.slice(f.message.indexOf('):') + 3, f.message.indexOf('. Review'))])).toEqual([['upstream-changed', 'powers/market.yaml:6:11', 'type']]);
  });

  it('stands while the power already follows the change, and is gone once previous moves on', async () => {
    const after = { ...ITEM, timeLimit: { statutory: { value: 15, unit: 'workday' } } };
    expect(brief(await lintCounty(versions(ITEM, after)))).toEqual(['upstream-changed powers/market.yaml:2:7']);
    const moved = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province-2026.json\nprevious: upstream/province-2026.json']),
      'upstream/province-2026.json': openData([after]),
      'powers/market.yaml': POWER,
    });
    expect(await lintCounty(moved)).toEqual([]);
  });

  it('leaves an item abolished upstream to upstream-unknown, and says nothing of an item new since previous', async () => {
    const added = { code: '000231002000', name: '对生产经营超过保质期的食品的行政处罚', level: [4] };
    const root = county({
      'powercat.yaml': WITH_PREVIOUS,
      'upstream/province-2025.json': openData([ITEM]),
      'upstream/province-2026.json': openData([{ ...ITEM, name: '新名称', status: 'abolished' }, added]),
      'powers/market.yaml': [POWER, countyPower(added.code, added.name)].join('---\n'),
    });
    expect(brief(await lintCounty(root))).toEqual(['upstream-unknown powers/market.yaml:2:7']);
  });
});
