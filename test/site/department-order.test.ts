import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import { makeCatalogue } from '../helpers/catalogue.js';
import { power } from '../helpers/fixtures.js';

/** Three departments whose ids, file order and pinyin order all differ. */
const DEPARTMENTS = {
  'departments/a.yaml': 'kind: Department\nid: zz-market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: aa-transport\nname: 青水县交通运输局\n',
  'departments/b.yaml': 'kind: Department\nid: mm-health\nname: 青水县卫生健康局\n',
};
const POWERS = {
  'powers/a.yaml': ['zz-market', 'aa-transport', 'mm-health']
    .map((id, i) => power(`00023100${i + 1}000`, `处罚${i}`).replace('department: scjgj\nundertaker: scjgj-zfdd\n', `department: ${id}\n`))
    .join('---\n'),
};

async function departmentIds(site: string): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': `kind: Catalogue\nid: t\nname: 青水县权责清单\n${site}`, ...DEPARTMENTS, ...POWERS });
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
  return publicCatalogue(model, []).departments.map((d) => d.id);
}

describe('department lists (site.departmentOrder)', () => {
  it('follow the catalogue: file path order, then document order — not the English ids', async () => {
    expect(await departmentIds('')).toEqual(['zz-market', 'aa-transport', 'mm-health']);
    expect(await departmentIds('site: {departmentOrder: catalogue}\n')).toEqual(['zz-market', 'aa-transport', 'mm-health']);
  }, 30_000);

  it('or the pinyin of the names: jiao tong, shi chang, wei sheng', async () => {
    expect(await departmentIds('site: {departmentOrder: pinyin}\n')).toEqual(['aa-transport', 'zz-market', 'mm-health']);
  }, 30_000);
});
