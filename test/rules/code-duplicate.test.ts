import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power } from '../helpers/fixtures.js';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT } from '../helpers/fixtures.js';

describe('code-duplicate', () => {
  it('passes distinct codes (and the fixture is clean under every rule)', async () => {
    expect(await allFindings({ 'powers/a.yaml': power('000231001000') + '---\n' + power('000231002000', '对另一违法行为的处罚') })).toEqual([]);
  });

  it('reports the later use, across files and sub-items, with the others related', async () => {
    const files = {
      'powers/a.yaml': power('000231001000'),
      'powers/b.yaml': power('000231001000', '对另一违法行为的处罚'),
      'powers/c.yaml': power('000231003000', '有子项的处罚', 'subItems:\n  - {code: "000231001000", name: 子项一}\n'),
    };
    expect(await findingsOf('code-duplicate', files)).toEqual(['code-duplicate powers/b.yaml:2:7', 'code-duplicate powers/c.yaml:19:12']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [first] = (await lintRoot(root)).filter((d) => d.rule === 'code-duplicate');
    expect(first?.message).toBe('code "000231001000" is used more than once: already by "对未取得食品经营许可从事食品经营活动的处罚" (3 uses)');
    expect(first?.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['powers/a.yaml:2:7', 'powers/c.yaml:19:12']);
  });

  it('counts handling-item codes with the rest, named by the handling item', async () => {
    const files = {
      'powers/a.yaml': power('000231001000', undefined, 'handlingItems:\n  - {code: "00023100100101", name: 新办}\n'),
      'powers/b.yaml': power('00023100200Y', '有子项的处罚', 'subItems:\n  - code: "000231002001"\n    name: 子项\n    handlingItems:\n      - {code: "00023100100101", name: 变更}\n'),
    };
    expect(await findingsOf('code-duplicate', files)).toEqual(['code-duplicate powers/b.yaml:22:16']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const [found] = (await lintRoot(root)).filter((d) => d.rule === 'code-duplicate');
    expect(found?.message).toBe('code "00023100100101" is used more than once: already by "新办" (2 uses)');
    expect(found?.related.map((r) => `${r.file}:${r.line}:${r.column}`)).toEqual(['powers/a.yaml:19:12']);
  });
});
