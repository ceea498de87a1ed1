import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue } from '../helpers/catalogue.js';
import { brief, county, COUNTY_DEPARTMENT, countyCatalogue, countyPower, lintCounty, openData, PROVINCE, upstreamFolder } from '../helpers/upstream-fixtures.js';

const ITEM = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚', level: [3, 4] };
const LIST = openData([ITEM]);
const POWER = countyPower(ITEM.code, ITEM.name);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('upstream-source', () => {
  it('passes a readable open-data file matching its pin, and a catalogue folder (clean under every rule)', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([`${PROVINCE}\nsha256: "${sha(LIST)}"`, 'id: sector\nname: 市场监管领域通用目录\nsource: upstream/sector']),
      'upstream/province.json': LIST,
      ...upstreamFolder('upstream/sector', [{ ...ITEM, code: '000631001000', name: '对食品生产经营者的监督检查', type: 'inspection' }]),
      'powers/market.yaml': `${POWER}---\n${countyPower('000631001000', '对食品生产经营者的监督检查').replace('type: penalty', 'type: inspection').replace(/discretion: .*\n/, '')}`,
    });
    expect(await lintCounty(root)).toEqual([]);
  });

  it('reports a source that cannot be read at its value, once, and compares nothing with it', async () => {
    const root = county({ 'powers/market.yaml': POWER });
    expect(await lintCounty(root)).toEqual([
      {
        at: 'powercat.yaml:9:13',
        rule: 'upstream-source',
        message:
          'cannot read upstream/province.json of the upstream list "东岭省权责清单通用目录" (no such file or folder); paths are relative to the catalogue root, and a git submodule needs git submodule update --init first',
        related: [],
      },
    ]);
    const [zh] = await lintCounty(root, 'zh-CN');
    expect(zh!.message).toBe('无法读取上级目录「东岭省权责清单通用目录」的 upstream/province.json（不存在）：路径相对清单根目录；若是 git 子模块，请先执行 git submodule update --init');
  });

  it('reports a file that does not match its pin at the source, the pin related, and holds nothing against that file', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([`${PROVINCE}\nsha256: "${sha('another version')}"`]),
      'upstream/province.json': openData([{ ...ITEM, name: '另一个名称' }]),
      'powers/market.yaml': POWER,
    });
    const found = await lintCounty(root);
    expect(found).toEqual([
      {
        at: 'powercat.yaml:9:13',
        rule: 'upstream-source',
        message: expect.stringContaining(`does not match its sha256 pin (the file now is ${sha(openData([{ ...ITEM, name: '另一个名称' }]))})`),
        related: ['powercat.yaml:10:13 the pin'],
      },
    ]);
  });

  it('reports a pin on a folder at the pin, and still compares the folder', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province\nsha256: "0000000000000000000000000000000000000000000000000000000000000000"']),
      ...upstreamFolder('upstream/province', [{ ...ITEM, name: '对无证经营食品的行政处罚' }]),
      'powers/market.yaml': POWER,
    });
    expect(brief(await lintCounty(root))).toEqual(['upstream-source powercat.yaml:10:13', 'upstream-mismatch powers/market.yaml:3:7']);
  });

  it('refuses open data of format 1 and of an unknown format, a YAML file, and a folder without powercat.yaml', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([
        'id: a\nname: 第1版开放数据\nsource: upstream/v1.json',
        'id: b\nname: 新版本开放数据\nsource: upstream/v3.json',
        'id: c\nname: YAML 文件\nsource: upstream/p/powercat.yaml',
        'id: d\nname: 空文件夹\nsource: upstream/empty',
        'id: e\nname: 不是 JSON\nsource: upstream/list.csv',
      ]),
      'upstream/v1.json': openData([ITEM], {}, 1),
      'upstream/v3.json': openData([ITEM], {}, 3),
      'upstream/p/powercat.yaml': 'kind: Catalogue\nid: p\nname: 省\n',
      'upstream/empty/notes.yaml': 'kind: Note\n',
      'upstream/list.csv': '权力编码,权力名称\n',
      'powers/market.yaml': POWER.replace(ITEM.code, '000231005000'),
    });
    const found = await lintCounty(root);
    expect(found.map((f) => [f.rule, f.at, f.message])).toEqual([
      ['upstream-source', 'powercat.yaml:9:13', expect.stringContaining('upstream/v1.json of the upstream list "第1版开放数据" is open data of format 1')],
      ['upstream-source', 'powercat.yaml:12:13', expect.stringContaining('upstream/v3.json of the upstream list "新版本开放数据" has formatVersion 3, which this powercat does not know (it knows 2)')],
      ['upstream-source', 'powercat.yaml:15:13', expect.stringContaining('upstream/p/powercat.yaml of the upstream list "YAML 文件" is a YAML file, not a catalogue')],
      ['upstream-source', 'powercat.yaml:18:13', expect.stringContaining('upstream/empty of the upstream list "空文件夹" is not a catalogue: the folder has no powercat.yaml')],
      ['upstream-source', 'powercat.yaml:21:13', expect.stringContaining('upstream/list.csv of the upstream list "不是 JSON" is not a JSON file in UTF-8')],
    ]);
  });

  it('reports a previous that cannot be read at its value; the source is still compared, nothing is "changed"', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([`${PROVINCE}\nprevious: upstream/province-2025.json`]),
      'upstream/province.json': openData([{ ...ITEM, name: '对无证经营食品的行政处罚' }]),
      'powers/market.yaml': POWER,
    });
    expect(brief(await lintCounty(root))).toEqual(['upstream-source powercat.yaml:10:15', 'upstream-mismatch powers/market.yaml:3:7']);
  });

  it('leaves every path an entry names out of the catalogue, folder or file, even when it cannot be read as a list', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([`${PROVINCE}\nprevious: upstream/old`, 'id: yaml\nname: 写成 YAML 的目录\nsource: upstream/list.yaml']),
      'upstream/province.json': LIST,
      // Neither is a list (no powercat.yaml; a YAML file), and neither is read as the county's own.
      'upstream/old/powers.yaml': 'kind: Power\ncode: 1\nname: 旧版\n',
      'upstream/list.yaml': 'kind: Power\nname: [不是, 事项]\n',
      'powers/market.yaml': POWER,
    });
    const found = await lintCounty(root);
    expect(brief(found)).toEqual(['upstream-source powercat.yaml:10:15', 'upstream-source powercat.yaml:13:13']);
  });

  it('reads a folder outside the catalogue (a sibling checkout) and never lints it', async () => {
    const parent = makeCatalogue({ 'powercat.yaml': null });
    const write = (files: Record<string, string>, under: string) => {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(parent, under, name, '..'), { recursive: true });
        writeFileSync(join(parent, under, name), text);
      }
    };
    write(upstreamFolder('province', [{ ...ITEM, name: '对无证经营食品的行政处罚' }]), '');
    writeFileSync(join(parent, 'province/powers/broken.yaml'), 'kind: Power\ncode: [1\n');
    write({ 'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: ../province']), 'departments/market.yaml': COUNTY_DEPARTMENT, 'powers/market.yaml': POWER }, 'county');
    const found = await lintCounty(join(parent, 'county'));
    expect(found).toEqual([
      {
        at: 'powers/market.yaml:3:7',
        rule: 'upstream-mismatch',
        message: expect.stringContaining('Here: 对未取得食品经营许可从事食品经营活动的行政处罚; upstream: 对无证经营食品的行政处罚'),
        related: ['../province/powers/market.yaml:3:7 the name upstream'],
      },
    ]);
  });
});
