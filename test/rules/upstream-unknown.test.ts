import { describe, expect, it } from 'vitest';
import { brief, county, countyCatalogue, countyPower, lintCounty, openData, PROVINCE, upstreamFolder } from '../helpers/upstream-fixtures.js';

const IN_FORCE = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚' };
const ABOLISHED = { code: '000231003000', name: '对使用未经检验的食品添加剂的行政处罚', status: 'abolished' };
const LIST = openData([IN_FORCE, ABOLISHED]);
const link = (code: string, list?: string) => `upstream: {code: '${code}'${list ? `, list: ${list}` : ''}}\n`;

describe('upstream-unknown', () => {
  it('passes a written link to an item in force, and a code the upstream does not have (a local item)', async () => {
    const root = county({
      'upstream/province.json': LIST,
      'powers/market.yaml': [countyPower('000231009000', IN_FORCE.name, link(IN_FORCE.code)), countyPower('000231005000', '对擅自在城区道路两侧摆摊经营食品的行政处罚')].join('---\n'),
    });
    expect(await lintCounty(root)).toEqual([]);
  });

  it('reports a written code the list does not have, at upstream.code', async () => {
    const root = county({ 'upstream/province.json': LIST, 'powers/market.yaml': countyPower(IN_FORCE.code, IN_FORCE.name) + '---\n' + countyPower('000231005000', '对食品经营者未按规定公示食品安全信息的行政处罚', link('000231009000', 'province')) });
    expect(await lintCounty(root)).toEqual([
      {
        at: 'powers/market.yaml:19:18',
        rule: 'upstream-unknown',
        message: 'the upstream list "东岭省权责清单通用目录" has no item with code 000231009000: check the code (the upstream may have recoded it); for an item of this catalogue only, remove upstream',
        related: [],
      },
    ]);
    const [zh] = await lintCounty(root, 'zh-CN');
    expect(zh!.message).toBe('上级目录「东岭省权责清单通用目录」中没有编码为 000231009000 的事项：请核对编码（上级可能已调整编码），确属本级独有的事项请删除 upstream');
  });

  it('reports a link to an abolished item: written at upstream.code, by code at the code, the item related in a folder', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province'], 'level: 4\ncodeProfile: national\n'),
      ...upstreamFolder('upstream/province', [IN_FORCE, ABOLISHED], 2),
      'powers/market.yaml': [countyPower(IN_FORCE.code, IN_FORCE.name, link(ABOLISHED.code)), countyPower(`11990521MB0C11253H4${ABOLISHED.code}`, ABOLISHED.name)].join('---\n'),
    });
    // The first power is linked by its own code too, but the written link replaces that.
    expect(await lintCounty(root)).toEqual([
      {
        at: 'powers/market.yaml:6:18',
        rule: 'upstream-unknown',
        message: 'the upstream list "东岭省权责清单通用目录" has abolished item "对使用未经检验的食品添加剂的行政处罚" (000231003000): abolish this power as well (status: abolished), or link it to an item in force',
        related: ['upstream/province/powers/market.yaml:10:7 the upstream item'],
      },
      {
        at: 'powers/market.yaml:16:7',
        rule: 'upstream-unknown',
        message: expect.stringContaining('this code is item "对使用未经检验的食品添加剂的行政处罚" (000231003000) of the upstream list'),
        related: ['upstream/province/powers/market.yaml:10:7 the upstream item'],
      },
    ]);
  });

  it('links a 31-char code by its basic code only under the national profile', async () => {
    const files = { 'upstream/province.json': openData([ABOLISHED]), 'powers/market.yaml': countyPower(`11990521MB0C11253H4${ABOLISHED.code}`, ABOLISHED.name) };
    expect(brief(await lintCounty(county({ ...files, 'powercat.yaml': countyCatalogue([PROVINCE], 'level: 4\ncodeProfile: national\n') })))).toEqual(['upstream-unknown powers/market.yaml:2:7']);
    expect(await lintCounty(county(files))).toEqual([]);
  });

  it('reports a list that powercat.yaml does not name, and a missing list where there are several', async () => {
    const root = county({
      'powercat.yaml': countyCatalogue([PROVINCE, 'id: sector\nname: 市场监管领域通用目录\nsource: upstream/province.json']),
      'upstream/province.json': LIST,
      'powers/market.yaml': [countyPower('000231005000', '对食品经营者未按规定公示食品安全信息的行政处罚', link(IN_FORCE.code, 'provence')), countyPower(IN_FORCE.code, IN_FORCE.name), countyPower('000231006000', '对食品经营者未查验进货凭证的行政处罚', `upstream:\n  code: '${IN_FORCE.code}'\n`)].join('---\n'),
    });
    expect(await lintCounty(root)).toEqual([
      {
        at: 'powers/market.yaml:6:40',
        rule: 'upstream-unknown',
        message: 'there is no upstream list "provence": no entry of upstream in powercat.yaml has this id (there are: province, sector)',
        related: [],
      },
      {
        at: 'powers/market.yaml:34:3',
        rule: 'upstream-unknown',
        message: 'the catalogue has several upstream lists (province, sector); name the one item 000231001000 belongs to with upstream.list',
        related: [],
      },
    ]);
  });

  it('reports a link in a catalogue that names no upstream list; a catalogue with neither is silent', async () => {
    const files = { 'powercat.yaml': countyCatalogue([]), 'powers/market.yaml': countyPower(IN_FORCE.code, IN_FORCE.name, link(IN_FORCE.code)) };
    expect(brief(await lintCounty(county(files)))).toEqual(['upstream-unknown powers/market.yaml:6:18']);
    expect(await lintCounty(county({ ...files, 'powers/market.yaml': countyPower(IN_FORCE.code, IN_FORCE.name) }))).toEqual([]);
  });

  it('is silent for a list that cannot be read (upstream-source says so) and for abolished powers', async () => {
    const abolished = countyPower(ABOLISHED.code, ABOLISHED.name, `status: abolished\nabolishedOn: '2026-05-01'\nreason: 随上级目录取消\n${link('000231009000')}`);
    expect(brief(await lintCounty(county({ 'powers/market.yaml': countyPower(IN_FORCE.code, IN_FORCE.name, link('000231009000')) })))).toEqual(['upstream-source powercat.yaml:9:13']);
    expect(await lintCounty(county({ 'upstream/province.json': LIST, 'powers/market.yaml': countyPower(IN_FORCE.code, IN_FORCE.name) + '---\n' + abolished }))).toEqual([]);
  });
});
