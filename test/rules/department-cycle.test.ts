import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const unit = (id: string, parent: string) => `kind: Department\nid: ${id}\nname: ${id} 股\nunit: true\nparent: ${parent}\n`;

/** w → y, then x → y → z → x: the loop is met from w, mid-way, and reported at x, its first member. */
const LOOP = [unit('w', 'y'), unit('x', 'y'), unit('y', 'z'), unit('z', 'x')].join('---\n');

describe('department-cycle', { timeout: 60_000 }, () => {
  it('passes a chain that ends at a body without parent (clean under every rule)', async () => {
    const files = { 'departments/more.yaml': unit('scjgj-zfdd-yz', 'scjgj-zfdd').replace('scjgj-zfdd-yz 股', '青水县市场监管综合行政执法大队一中队'), 'powers/a.yaml': power() };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports each loop once, at the parent of its first department, with the other members related', async () => {
    const files = { 'departments/loop.yaml': LOOP, 'departments/self.yaml': unit('s', 's') };
    expect(await findingsOf('department-cycle', files)).toEqual(['department-cycle departments/loop.yaml:11:9', 'department-cycle departments/self.yaml:5:9']);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const found = await lintRoot(root, { only: ['department-cycle'] });
    expect(found.map((d) => d.message)).toEqual([
      'the parent links loop: x → y → z → x; correct one of them so that the chain ends at a department without a parent',
      'department "s" is its own parent; remove parent or name the body it really belongs to',
    ]);
    expect(found[0]!.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`)).toEqual([
      'departments/loop.yaml:17:9 the parent of "y" is "z", part of the loop',
      'departments/loop.yaml:23:9 the parent of "z" is "x", part of the loop',
    ]);
    expect(found[1]!.related).toEqual([]);
    const zh = await lintRoot(root, { only: ['department-cycle'], lang: 'zh-CN' });
    expect(zh[0]!.message).toBe('上级关系（parent）形成循环：x → y → z → x：改正其中一个 parent，让链条止于不写 parent 的部门');
  });

  it('ignores parents that name no department (owner-unknown reports them)', async () => {
    expect(await findingsOf('department-cycle', { 'departments/a.yaml': unit('a', 'b') })).toEqual([]);
  });
});
