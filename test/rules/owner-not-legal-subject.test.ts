import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

/** Units below the fixture's `scjgj-zfdd`, one without a parent, and two that belong to each other. */
const UNITS = `kind: Department
id: scjgj-zfdd-yz
name: 青水县市场监管综合行政执法大队一中队
unit: true
parent: scjgj-zfdd
---
kind: Department
id: xiangzhen-zd
name: 乡镇市场监管执法中队
unit: true
---
kind: Department
id: loop-a
name: 甲股
unit: true
parent: loop-b
---
kind: Department
id: loop-b
name: 乙股
unit: true
parent: loop-a
`;

const owned = (department: string, code: string) =>
  power(code).replace('department: scjgj\nundertaker: scjgj-zfdd\n', `department: ${department}\n`);

describe('owner-not-legal-subject', { timeout: 60_000 }, () => {
  it('passes a body as owner with its unit as undertaker (the fixture is clean under every rule)', async () => {
    expect(await allFindings({ 'powers/a.yaml': power() })).toEqual([]);
  });

  it('reports a unit as owner at the department value, with its unit: true related, suggesting the body above it', async () => {
    const files = {
      'departments/units.yaml': UNITS,
      'powers/a.yaml': [owned('scjgj-zfdd', '000231001000'), owned('scjgj-zfdd-yz', '000231002000'), owned('xiangzhen-zd', '000231003000'), owned('loop-a', '000231004000')].join('---\n'),
    };
    expect(await findingsOf('owner-not-legal-subject', files)).toEqual([
      'owner-not-legal-subject powers/a.yaml:5:13',
      'owner-not-legal-subject powers/a.yaml:22:13',
      'owner-not-legal-subject powers/a.yaml:39:13',
      'owner-not-legal-subject powers/a.yaml:56:13',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['owner-not-legal-subject'] });
    expect(found.map((d) => d.message)).toEqual([
      'the owner "scjgj-zfdd" (青水县市场监管综合行政执法大队) is an internal unit, which may not own a power; write department: scjgj and put "scjgj-zfdd" in undertaker',
      'the owner "scjgj-zfdd-yz" (青水县市场监管综合行政执法大队一中队) is an internal unit, which may not own a power; write department: scjgj and put "scjgj-zfdd-yz" in undertaker',
      'the owner "xiangzhen-zd" (乡镇市场监管执法中队) is an internal unit, which may not own a power; name the body with legal standing that owns it and put "xiangzhen-zd" in undertaker',
      'the owner "loop-a" (甲股) is an internal unit, which may not own a power; name the body with legal standing that owns it and put "loop-a" in undertaker',
    ]);
    expect(found[0]!.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'departments/scjgj.yaml:19:7 "scjgj-zfdd" is declared an internal unit here',
    ]);
    const zh = await lintRoot(root, { only: ['owner-not-legal-subject'], lang: 'zh-CN' });
    expect(zh[0]!.message).toBe('实施主体「scjgj-zfdd」（青水县市场监管综合行政执法大队）是内设机构，内设机构不得作为实施主体：改为 department: scjgj，把「scjgj-zfdd」写在 undertaker（承办机构）');
  });

  it('leaves unknown owners to owner-unknown', async () => {
    expect(await findingsOf('owner-not-legal-subject', { 'powers/a.yaml': owned('scjgj-zfd', '000231001000') })).toEqual([]);
  });
});
