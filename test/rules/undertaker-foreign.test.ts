import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';
import { HEALTH, ownedBy } from './ownership-fixtures.js';

const ORPHAN = '---\nkind: Department\nid: wjj-ys\nname: 青水县卫生健康局医政医管股\nunit: true\n';

describe('undertaker-foreign', { timeout: 60_000 }, () => {
  it('passes a unit undertaking for its own parent, and a power without undertaker (clean under every rule)', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': power() + '---\n' + ownedBy('wjj', 'wjj-zfdd', '000223001000', '对非医师行医的行政处罚') + '---\n' + ownedBy('wjj', '', '000223002000', '对医疗机构使用非卫生技术人员的行政处罚'),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports a unit of another body, a body that is no unit, and a unit without parent, at the undertaker value', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH + ORPHAN,
      'powers/a.yaml': [
        ownedBy('scjgj', 'wjj-zfdd', '000231001000'),
        ownedBy('scjgj', 'wjj', '000231002000'),
        ownedBy('wjj', 'wjj-ys', '000223001000', '对非医师行医的行政处罚'),
        ownedBy('scjgj', 'scjgj', '000231003000'),
      ].join('---\n'),
    };
    expect(await findingsOf('undertaker-foreign', files)).toEqual([
      'undertaker-foreign powers/a.yaml:6:13',
      'undertaker-foreign powers/a.yaml:24:13',
      'undertaker-foreign powers/a.yaml:42:13',
      'undertaker-foreign powers/a.yaml:60:13',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['undertaker-foreign'] });
    expect(found.map((d) => d.message)).toEqual([
      'the undertaker "wjj-zfdd" (青水县卫生健康综合执法大队) is a unit of "wjj", not of the owner "scjgj"; name a unit of "scjgj" or correct the owner',
      'the undertaker "wjj" (青水县卫生健康局) is not an internal unit (no unit: true); name a unit of the owner "scjgj", or drop undertaker',
      'the undertaker "wjj-ys" (青水县卫生健康局医政医管股) is an internal unit without a parent, so it is not known to belong to the owner "wjj"; give it parent: wjj',
      'the undertaker "scjgj" (青水县市场监督管理局) is not an internal unit (no unit: true); name a unit of the owner "scjgj", or drop undertaker',
    ]);
    expect(found.map((d) => d.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`))).toEqual([
      ['departments/wjj.yaml:14:9 the parent of "wjj-zfdd" is "wjj"'],
      ['departments/wjj.yaml:1:1 "wjj" is defined here'],
      ['departments/wjj.yaml:16:1 "wjj-ys" is defined here'],
      ['departments/scjgj.yaml:1:1 "scjgj" is defined here'],
    ]);
    const zh = await lintRoot(root, { only: ['undertaker-foreign'], lang: 'zh-CN' });
    expect(zh[0]!.message).toBe('承办机构「wjj-zfdd」（青水县卫生健康综合执法大队）是「wjj」的内设机构，不属于实施主体「scjgj」：改用「scjgj」的内设机构，或改正实施主体');
  });

  it('leaves unknown ids and a unit as owner to the other owner rules', async () => {
    const files = {
      'departments/wjj.yaml': HEALTH,
      'powers/a.yaml': [ownedBy('scjgj', 'nosuch', '000231001000'), ownedBy('nosuch', 'wjj-zfdd', '000231002000'), ownedBy('scjgj-zfdd', 'wjj-zfdd', '000231003000')].join('---\n'),
    };
    expect(await findingsOf('undertaker-foreign', files)).toEqual([]);
  });
});
