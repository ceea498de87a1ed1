import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power } from '../helpers/fixtures.js';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { CATALOGUE, DEPARTMENT } from '../helpers/fixtures.js';

describe('code-duplicate', { timeout: 60_000 }, () => {
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

  it('counts codes that look the same as one: a zero-width space, a bidi override or full width hides no duplicate', async () => {
    const files = {
      'powers/a.yaml': power('000231001000'),
      'powers/b.yaml': power('000231\u200b001000', '零宽空格'),
      'powers/c.yaml': power('\u202e000231001000', '方向控制符'),
      'powers/d.yaml': power('０００２３１００１０００', '全角数字'),
    };
    expect(await findingsOf('code-duplicate', files)).toEqual(['code-duplicate powers/b.yaml:2:7', 'code-duplicate powers/c.yaml:2:7', 'code-duplicate powers/d.yaml:2:7']);
    // the hidden characters are code-format's finding; full-width digits do not fit the national profile either
    expect(await findingsOf('code-format', files)).toEqual(['code-format powers/b.yaml:2:7', 'code-format powers/c.yaml:2:7', 'code-format powers/d.yaml:2:7']);
  });

  it('lists at most 10 other uses under each finding, so 3,000 copies report in linear time', async () => {
    const copies = Array.from({ length: 3_000 }, (_, i) => power('000231001000', `对第${i}种行为的处罚`)).join('---\n');
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': copies });
    const found = (await lintRoot(root, { only: ['code-duplicate'] }));
    expect(found).toHaveLength(2_999);
    expect(found.map((d) => d.related.length)).toEqual(Array(2_999).fill(10));
    expect(found[0]!.message).toBe('code "000231001000" is used more than once: already by "对第0种行为的处罚" (3000 uses)');
    expect(found[4]!.related.map((r) => r.line)).toEqual([2, 20, 38, 56, 74, 110, 128, 146, 164, 182]);
  }, 60_000);
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
