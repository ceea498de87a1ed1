import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import { renderPages } from '../../src/site/render-pages.js';
import { REPO } from '../helpers/catalogue.js';
import { county, countyCatalogue, countyPower, openData } from '../helpers/upstream-fixtures.js';

async function pagesOf(root: string): Promise<Map<string, string>> {
  const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
  return renderPages({ catalogue: publicCatalogue(model, []), flowcharts: new Map(), generatedOn: '2026-07-01' });
}

/** The text of a page's main element, tags dropped, for reading what it says. */
const mainText = (html: string) => /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('site.upstreamPage', () => {
  it('publishes upstream.html with the counts and the codes and names of the items, linked from the home page', async () => {
    const pages = await pagesOf(join(REPO, 'examples/county'));
    const page = pages.get('upstream.html')!;
    expect(mainText(page)).toContain(
      '上级目录 「东岭省省市县三级权责清单通用目录」 类别 项数 上级目录的事项 23 适用于本级的事项 20 已实施 19 本级不实施 1 未实施 0 关联上级事项 19 一致 19 有差异 0 关联无效 0 本级不实施 权力编码 权力名称 000118099000 港口经营许可',
    );
    expect(mainText(page)).toContain('本清单的事项 类别 项数 现行事项 21 关联上级事项 19 关联无效 0 本级独有（区县独有） 2');
    expect(page).toContain('<span data-en="Items meant for this level">适用于本级的事项</span>');
    // The reasons are the catalogue's notes to its auditors, not a published field.
    expect(page).not.toContain('本县无港口');
    expect(pages.get('index.html')).toContain('<a href="upstream.html">');
  });

  it('names no differing field and no withheld value: differences are a count', async () => {
    const item = { code: '000231001000', name: '对未取得食品经营许可从事食品经营活动的行政处罚', titles: ['中华人民共和国食品安全法', '秘密依据'] };
    const withheld = countyPower(item.code, item.name, "disclosure: {withhold: [basis], reason: 涉及执法策略, basis: 《中华人民共和国政府信息公开条例》第十四条}\n");
    const root = county({
      'powercat.yaml': countyCatalogue(['id: province\nname: 东岭省权责清单通用目录\nsource: upstream/province.json'], 'level: 4\nsite: {upstreamPage: true}\n'),
      'upstream/province.json': openData([item]),
      'powers/market.yaml': withheld,
    });
    const page = (await pagesOf(root)).get('upstream.html')!;
    expect(mainText(page)).toContain('关联上级事项 1 一致 0 有差异 1');
    expect(page).not.toContain('秘密依据');
    expect(page).not.toContain('中华人民共和国食品安全法');
  });

  it('is not published unless asked for', async () => {
    const root = county({ 'upstream/province.json': openData([{ code: '000231001000', name: '对无证经营的处罚' }]), 'powers/market.yaml': countyPower('000231001000', '对无证经营的处罚') });
    const pages = await pagesOf(root);
    expect(pages.has('upstream.html')).toBe(false);
    expect(pages.get('index.html')).not.toContain('upstream.html');
  });
});
