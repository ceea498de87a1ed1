import { posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FlowchartSpec } from '../../src/flowchart/collect.js';
import { SITE_CSS } from '../../src/site/assets.js';
import { flowchartPath, STYLESHEET_PATH } from '../../src/site/pages/common.js';
import { CSP } from '../../src/site/pages/layout.js';
import { isInlineableSvg } from '../../src/site/pages/flowchart.js';
import type { PublicCatalogue, PublicDepartment, PublicPower } from '../../src/site/public-data.js';
import { fileSafe } from '../../src/site/file-safe.js';
import { FEED_PATH } from '../../src/site/feed.js';
import { renderPages, type PageInput } from '../../src/site/render-pages.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { DEPARTMENT, power } from '../helpers/fixtures.js';
import { makeCatalogue } from '../helpers/catalogue.js';
import { exampleInput, svgOf } from '../helpers/site-pages.js';
import { all, mainText, one, parse, squash, tags, text, vnuErrors, type El } from '../helpers/html.js';

/** The flowchart figures of a page (a printed power page also has figures of QR codes). */
const charts = (el: El) => all(el, (e) => e.name === 'figure' && (e.attrs.class ?? '').split(' ').includes('chart'));

const insideSvg = (el: El) => {
  for (let p = el.parent; p; p = p.parent) if (p.name === 'svg') return true;
  return false;
};

// ---------------------------------------------------------------------------------------------
// Inputs.

const SITE: PublicCatalogue['site'] = {
  title: '测试县权责清单',
  footer: '测试县人民政府办公室主办',
  contact: '测试县司法局 0000-1234567',
  baseUrl: 'https://example.org/qlqd/',
  identifier: '0000000001',
  icp: '测ICP备00000000号-1',
  psb: '测公网安备00000000000001号',
};

const market: PublicDepartment = {
  id: 'market',
  name: '测试县市场监督管理局',
  nature: 'statutory',
  uscc: '11519901MB1E40728Y',
  phone: '0000-8210315',
  supervisionPhone: '0000-8210300',
  address: '测试县滨河路88号',
};
const pagePath = (code: string) => `powers/${fileSafe(code)}.html`;
const evil: PublicDepartment = { id: 'evil"dept', name: '"><script>alert(2)</script>' };

const fullPower: PublicPower = {
  code: '00013101100Y',
  name: '食品经营许可',
  type: 'licensing',
  department: market,
  status: 'active',
  public: true,
  path: pagePath('00013101100Y'),
  withheld: [],
  undertaker: { id: 'market-approval', name: '测试县市场监督管理局许可审批股' },
  jointWith: [{ id: 'health', name: '测试县卫生健康局' }],
  source: { kind: 'delegated', from: '市市场监督管理局', basis: '市政府令第1号' },
  basis: [
    { level: 'law', title: '中华人民共和国食品安全法', article: '第三十五条第一款', text: '国家对食品生产经营实行许可制度。' },
    { level: 'administrative-regulation', title: '测试条例' },
  ],
  subItems: [{ code: '000131011001', name: '食品经营许可（新办）', note: '新办' }],
  timeLimit: { statutory: { value: 10, unit: 'workday', note: '自受理之日起' }, promised: { value: 7, unit: 'workday' } },
  fees: [{ name: '工本费', standard: '每证10元', basis: '测价〔2020〕1号' }],
  serviceObjects: ['natural-person', 'enterprise'],
  handling: ['window', 'online-pc'],
  online: 'https://zwfw.example.org/item/00013101100Y',
  responsibilities: [{ stage: '受理', text: '一次性告知补正材料', basis: '《行政许可法》第三十二条' }],
  accountability: [{ text: '对符合法定条件的申请不予受理的', basis: '《行政许可法》第七十二条' }],
  discretion: '情节轻微的，从轻处理。\n情节严重的，从重处理。',
  risks: [{ step: 'approve', stepName: 'approve', level: 'high', points: ['违规审批'], controls: ['审批结果公开'], owner: '分管副局长' }],
  contact: { phone: '0000-1111111', supervisionPhone: '0000-2222222' },
  effective: '2025-01-01',
  note: '示例备注',
  flowcharts: { external: 'fc-aaaaaaaaaaaaaaaa', internal: 'fc-bbbbbbbbbbbbbbbb' },
};

const secretPower: PublicPower = {
  code: '000615003000',
  name: '对涉密测绘成果的监督检查',
  type: 'inspection',
  department: market,
  public: false,
  path: pagePath('000615003000'),
  withheld: [],
  exception: { reason: '涉及国家秘密', basis: '《保守国家秘密法》第二条' },
  flowcharts: {},
};

const partialPower: PublicPower = {
  code: '000625001000',
  name: '安全生产监督检查',
  type: 'inspection',
  department: market,
  status: 'suspended',
  public: true,
  path: pagePath('000625001000'),
  withheld: ['risks'],
  exception: { reason: '影响执法检查', basis: '《政府信息公开条例》第十四条' },
  basis: [{ level: 'law', title: '中华人民共和国安全生产法' }],
  fees: [],
  flowcharts: { external: 'fc-aaaaaaaaaaaaaaaa', internal: 'fc-aaaaaaaaaaaaaaaa' },
};

const abolishedPower: PublicPower = {
  code: '000123003000',
  name: '公共场所卫生许可',
  type: 'licensing',
  department: market,
  status: 'abolished',
  public: true,
  path: pagePath('000123003000'),
  withheld: [],
  abolishedOn: '2016-02-03',
  reason: '国务院决定取消',
  flowcharts: {},
};

const XSS = '<img src=x onerror=alert(1)>';
const xssPower: PublicPower = {
  code: '../../etc/passwd',
  name: XSS,
  type: 'penalty',
  department: evil,
  status: 'active',
  public: true,
  path: pagePath('../../etc/passwd'),
  withheld: [],
  basis: [{ level: '<b>law</b>', title: '</cite><script>alert(3)</script>', text: '</blockquote>&amp;' }],
  responsibilities: [{ stage: '<th>', text: '"onmouseover="alert(4)' }],
  discretion: '<iframe src="javascript:alert(5)">',
  flowcharts: { external: 'fc-cccccccccccccccc' },
};

const spec = (id: string, view: FlowchartSpec['view'], outline: string[]): FlowchartSpec => ({
  id,
  view,
  plan: { nodes: [], edges: [] },
  source: '',
  outline,
  powers: [],
  templates: [],
});

const FLOWCHARTS: PageInput['flowcharts'] = new Map([
  ['fc-aaaaaaaaaaaaaaaa', { spec: spec('fc-aaaaaaaaaaaaaaaa', 'external', ['申请（申请人） → 受理', '受理（窗口，1 个工作日） → 办结', '办结']), svg: svgOf('申请') }],
  ['fc-bbbbbbbbbbbbbbbb', { spec: spec('fc-bbbbbbbbbbbbbbbb', 'internal', ['初审（承办人） → 审批', '审批（分管副局长，高风险）']), svg: svgOf('初审') }],
  // Not what powercat writes: must not be inlined.
  ['fc-cccccccccccccccc', { spec: spec('fc-cccccccccccccccc', 'external', ['&lt;第一步&gt;', '<b>第二步</b>']), svg: '<svg id="fc-cccccccccccccccc"><script>alert(6)</script></svg>' }],
]);

const handBuilt: PageInput = {
  catalogue: {
    id: 'test',
    name: '测试县人民政府工作部门权责清单',
    site: SITE,
    departments: [evil, market].sort((a, b) => (a.id < b.id ? -1 : 1)),
    powers: [fullPower, secretPower, partialPower, abolishedPower, xssPower].sort((a, b) => (a.code < b.code ? -1 : 1)),
  },
  flowcharts: FLOWCHARTS,
  generatedOn: '2025-06-30',
};

// ---------------------------------------------------------------------------------------------

const DATA_FILES = new Set(['data/catalogue.json', 'data/catalogue.csv', 'data/catalogue.xlsx']);

function checkPage(path: string, html: string, pages: Map<string, string>, site: PublicCatalogue['site'], generatedOn: string, chartFiles: ReadonlySet<string>): El {
  const doc = parse(html);
  const htmlEl = one(doc, 'html');
  expect(htmlEl.attrs.lang).toBe('zh-CN');
  const head = one(doc, 'head');
  const metas = tags(head, 'meta');
  expect(metas[0]!.attrs.charset, 'charset first').toBe('utf-8');
  expect(metas.find((m) => m.attrs['http-equiv'] === 'Content-Security-Policy')?.attrs.content).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
  );
  expect(metas.find((m) => m.attrs.name === 'viewport')?.attrs.content).toContain('width=device-width');
  expect(squash(text(one(head, 'title')))).not.toBe('');
  const stylesheet = tags(head, 'link').filter((l) => l.attrs.rel === 'stylesheet');
  expect(stylesheet).toHaveLength(1);
  expect(posix.join(posix.dirname(path), stylesheet[0]!.attrs.href!)).toBe('assets/site.css');

  // One h1; no heading empty; no level skipped.
  expect(tags(doc, 'h1')).toHaveLength(1);
  const headings = all(doc, (e) => /^h[1-6]$/.test(e.name));
  expect(headings[0]!.name).toBe('h1');
  headings.forEach((h, i) => {
    expect(squash(text(h)), `${path}: empty <${h.name}>`).not.toBe('');
    if (i > 0) expect(Number(h.name[1]) - Number(headings[i - 1]!.name[1]), `${path}: heading order`).toBeLessThanOrEqual(1);
  });

  // Landmarks and the skip link.
  const main = one(doc, 'main');
  expect(main.attrs.id).toBe('main');
  expect(tags(doc, 'a')[0]!.attrs.href).toBe('#main');
  expect(tags(doc, 'nav').length).toBeGreaterThan(0);
  for (const nav of tags(doc, 'nav')) expect(nav.attrs['aria-label']).toBeTruthy();

  // Footer identity.
  const footer = squash(text(one(doc, 'footer')));
  for (const part of [site.footer, site.contact, `网站标识码 ${site.identifier}`, `ICP 备案号 ${site.icp}`, `公安机关备案号 ${site.psb}`]) {
    if (part !== undefined) expect(footer).toContain(squash(part));
  }
  expect(footer).toContain(`生成日期 ${generatedOn}`);

  // Scripts only as the site's own files (never inline; JSON-LD is data), no inline event handler,
  // no style outside the diagrams, no external asset.
  expect(tags(doc, 'iframe', 'object', 'embed', 'img')).toEqual([]);
  for (const script of tags(doc, 'script')) {
    if (script.attrs.type === 'application/ld+json') {
      expect(script.attrs.src, `${path}: JSON-LD with a src`).toBeUndefined();
      expect(() => JSON.parse(text(script)), `${path}: JSON-LD`).not.toThrow();
      continue;
    }
    expect(script.attrs.src, `${path}: inline script`).toMatch(/^(\.\.\/)?assets\/[a-z-]+\.js$/);
    expect(text(script), `${path}: script with content`).toBe('');
  }
  for (const el of all(doc, () => true)) {
    for (const name of Object.keys(el.attrs)) expect(name.startsWith('on'), `${path}: ${el.name}[${name}]`).toBe(false);
    if (!insideSvg(el) && el.name !== 'svg') {
      expect(el.name, `${path}: <style> outside a diagram`).not.toBe('style');
      expect(el.attrs.style, `${path}: style attribute outside a diagram`).toBeUndefined();
    }
    if (el.attrs.src !== undefined) expect(el.attrs.src).not.toMatch(/^[a-z]+:|^\/\//i);
    if (el.name === 'link' && el.attrs.rel === 'canonical') expect(el.attrs.href).toMatch(/^https:\/\/example\.org\/|^https:\/\/qingshui\.example\.org\//);
    else if (el.name === 'link') expect(el.attrs.href).not.toMatch(/^[a-z]+:|^\/\//i);
  }

  // Unique ids; every th scoped; tables have a header.
  const ids = all(doc, (e) => e.attrs.id !== undefined).map((e) => e.attrs.id!);
  expect(new Set(ids).size, `${path}: duplicate ids`).toBe(ids.length);
  for (const th of tags(doc, 'th')) expect(['row', 'col']).toContain(th.attrs.scope);
  for (const labelled of all(doc, (e) => e.attrs['aria-labelledby'] !== undefined)) expect(ids).toContain(labelled.attrs['aria-labelledby']);

  // Every local link leads to a page of the site (and to an id on it), a data file, or the stylesheet.
  for (const a of tags(doc, 'a')) {
    const href = a.attrs.href!;
    expect(href, `${path}: empty link`).toBeTruthy();
    if (/^(https?|tel):/.test(href)) continue;
    expect(href).not.toMatch(/^[a-z]+:/i);
    const [file, fragment] = href.split('#') as [string, string | undefined];
    const target = file === '' ? path : posix.normalize(posix.join(posix.dirname(path), file));
    if (DATA_FILES.has(target) || chartFiles.has(target) || target === FEED_PATH) continue;
    expect(pages.has(target), `${path}: broken link ${href}`).toBe(true);
    if (fragment) expect(pages.get(target)).toContain(`id="${fragment}"`);
  }
  return doc;
}

function checkSite(input: PageInput): Map<string, string> {
  const pages = renderPages(input);
  // the drawn charts' own files, which the site writes beside the pages (build-site.ts)
  const chartFiles = new Set([...input.flowcharts].flatMap(([id, { svg }]) => (svg === undefined ? [] : [flowchartPath(id)])));
  for (const [path, content] of pages) {
    if (path.endsWith('.html')) checkPage(path, content, pages, input.catalogue.site, input.generatedOn, chartFiles);
  }
  return pages;
}

const page = (pages: Map<string, string>, path: string) => {
  const html = pages.get(path);
  expect(html, path).toBeDefined();
  return parse(html!);
};

describe('power page paths', { timeout: 120_000 }, () => {
  it('keeps a plain code readable and stable', () => {
    expect(pagePath('000131001000')).toBe('powers/000131001000.html');
    expect(pagePath('00013101100Y')).toBe('powers/00013101100Y.html');
    expect(pagePath('A-1')).toBe('powers/A-1.html');
  });

  it('can never leave the powers folder or collide', () => {
    const codes = ['../../etc/passwd', '..', '.', 'a/b', 'a\\b', 'a_2fb', 'a.b', '', '青水-001', 'x'.repeat(400), `${'青'.repeat(40)}1`, `${'青'.repeat(40)}2`, 'a b', '%2e%2e'];
    const paths = codes.map(pagePath);
    for (const p of paths) {
      expect(p).toMatch(/^powers\/[0-9A-Za-z_-]+\.html$/);
      expect(p.length).toBeLessThan(200);
    }
    expect(new Set(paths).size).toBe(codes.length);
  });

  it('gives codes that differ only in case, and duplicate codes, pages of their own', async () => {
    const root = makeCatalogue({
      'departments/d.yaml': DEPARTMENT,
      'powers/a.yaml': [power('ABC', '甲'), power('abc', '乙'), power('ABC', '丙')].join('---\n'),
    });
    const linted = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
    const { powers } = publicCatalogue(linted.model, []);
    expect(powers.map((p) => `${p.code} ${p.name} ${p.path}`)).toEqual(['ABC 甲 powers/ABC.html', 'ABC 丙 powers/ABC~2.html', 'abc 乙 powers/abc~3.html']);
  }, 30_000);
});

describe('renderPages (hand-built catalogue)', { timeout: 120_000 }, () => {
  let pages: Map<string, string>;
  beforeAll(() => {
    pages = checkSite(handBuilt);
  }, 120_000);

  it('writes the expected files', () => {
    expect([...pages.keys()]).toEqual(
      [
        'abolished.html',
        'changes.html',
        'departments/evil_22dept.html',
        'departments/market.html',
        'index.html',
        pagePath('../../etc/passwd'),
        'powers/000123003000.html',
        'powers/00013101100Y.html',
        'powers/000615003000.html',
        'powers/000625001000.html',
        'search.html',
        'types/inspection.html',
        'types/licensing.html',
        'types/penalty.html',
      ].sort(),
    );
  });

  it('shows every public field of a power, with its Chinese label', () => {
    const doc = page(pages, 'powers/00013101100Y.html');
    const body = mainText(doc);
    for (const label of [
      '权力编码', '权力名称', '权力类型', '事项状态', '实施主体', '承办机构', '共同实施部门', '权力来源', '实施依据', '子项', '法定时限',
      '承诺时限', '收费', '收费标准', '收费依据', '服务对象', '办理形式', '网上办理', '责任事项', '追责情形', '追责依据', '裁量基准',
      '廉政风险点', '风险点', '防控措施', '责任岗位', '咨询电话', '监督电话', '生效日期', '备注', '流程图',
    ]) {
      expect(body, label).toContain(label);
    }
    const rows = new Map(tags(doc, 'tr').map((tr) => [squash(text(tr.children.find((c) => typeof c !== 'string' && c.name === 'th')!)), tr]));
    const cell = (label: string) => squash(text(rows.get(label)!.children.find((c) => typeof c !== 'string' && c.name === 'td')!));
    expect(cell('权力编码')).toBe('00013101100Y');
    expect(cell('权力类型')).toBe('行政许可');
    expect(cell('实施主体')).toBe('测试县市场监督管理局');
    expect(cell('共同实施部门')).toBe('测试县卫生健康局');
    expect(cell('权力来源')).toContain('上级下放');
    expect(cell('权力来源')).toContain('市市场监督管理局');
    expect(cell('服务对象')).toBe('自然人、企业法人');
    expect(cell('办理形式')).toBe('窗口办理、网上办理（电脑端）');
    expect(cell('法定时限')).toBe('10 个工作日 （自受理之日起）'); // text() spaces out elements; the page has none
    expect(cell('咨询电话')).toBe('0000-1111111');
    expect(cell('监督电话')).toBe('0000-2222222');
    expect(cell('生效日期')).toBe('2025-01-01');
    expect(body).toContain('法律 《中华人民共和国食品安全法》 第三十五条第一款');
    expect(body).toContain('行政法规 《测试条例》');
    expect(body).toContain('高风险');
    expect(tags(doc, 'a').some((a) => a.attrs.href === 'https://zwfw.example.org/item/00013101100Y')).toBe(true);
    expect(tags(doc, 'a').some((a) => a.attrs.href === '../departments/market.html')).toBe(true);
    expect(body).not.toContain('不予公开');
  });

  it('inlines each flowchart once, in a figure with a caption and its steps as a list', () => {
    const doc = page(pages, 'powers/00013101100Y.html');
    const figures = charts(doc);
    expect(figures.map((f) => squash(text(one(f, 'figcaption'))))).toEqual(['外部流程图（办理流程）', '内部流程图（内部运行流程）']);
    expect(figures.map((f) => squash(text(one(f, 'svg'))))).toEqual(['申请', '初审']);
    expect(tags(one(figures[0]!, 'ol'), 'li').map((li) => squash(text(li)))).toEqual(FLOWCHARTS.get('fc-aaaaaaaaaaaaaaaa')!.spec.outline);
    for (const f of figures) expect(all(f, (e) => e.attrs.role === 'img' && Boolean(e.attrs['aria-label']))).toHaveLength(1);

    // The same diagram for both views appears once.
    const partial = page(pages, 'powers/000625001000.html');
    expect(charts(partial).flatMap((f) => tags(f, 'svg'))).toHaveLength(1);
    // each drawn chart can be opened alone, as its own file
    expect(figures.map((f) => all(f, (e) => e.name === 'a').map((a) => a.attrs.href))).toEqual([
      ['../flowcharts/fc-aaaaaaaaaaaaaaaa.svg'],
      ['../flowcharts/fc-bbbbbbbbbbbbbbbb.svg'],
    ]);
  });

  it('shows a chart too large to draw as its list of steps, not collapsed', () => {
    const textOnly: PageInput = { ...handBuilt, flowcharts: new Map([...FLOWCHARTS].map(([id, chart]) => [id, { ...chart, svg: undefined }])) };
    const figure = charts(page(renderPages(textOnly), 'powers/00013101100Y.html'))[0]!;
    expect(tags(figure, 'svg', 'details', 'a')).toEqual([]);
    expect(squash(text(figure))).toContain('流程步骤（共 3 个环节）：');
    expect(tags(figure, 'li').map((li) => squash(text(li)))).toEqual(FLOWCHARTS.get('fc-aaaaaaaaaaaaaaaa')!.spec.outline);
  });

  it('does not inline an SVG that is not what powercat writes, and shows the steps instead', () => {
    expect(isInlineableSvg(FLOWCHARTS.get('fc-aaaaaaaaaaaaaaaa')!.svg)).toBe(true);
    expect(isInlineableSvg('<svg><g onload="x()"></g></svg>')).toBe(false);
    expect(isInlineableSvg('<svg><a href="javascript:x()"></a></svg>')).toBe(false);
    expect(isInlineableSvg('<div></div><svg></svg>')).toBe(false);
    // what a label says is text, not markup: a step named after a javascript: link keeps its chart (issue 17)
    expect(isInlineableSvg('<svg class="fc"><text x="1" y="2">见 javascript:void(0) 说明</text></svg>')).toBe(true);
    expect(isInlineableSvg('<svg><a href="JavaScript:x()">x</a></svg>')).toBe(false);
    const doc = page(pages, pagePath('../../etc/passwd'));
    const [figure, ...more] = charts(doc);
    expect(more).toEqual([]);
    expect(tags(figure!, 'svg')).toEqual([]);
    expect(tags(figure!, 'li').map((li) => text(li))).toEqual(['&lt;第一步&gt;', '<b>第二步</b>']);
  });

  it('shows only code, name, type, department and the reasons for a power that is not public', () => {
    const doc = page(pages, 'powers/000615003000.html');
    const body = mainText(doc);
    for (const shown of ['000615003000', '对涉密测绘成果的监督检查', '行政检查', '测试县市场监督管理局', '不予公开的理由', '涉及国家秘密', '不予公开的依据', '《保守国家秘密法》第二条']) {
      expect(body).toContain(shown);
    }
    for (const hidden of ['实施依据', '责任事项', '追责情形', '咨询电话', '监督电话', '事项状态', '流程图']) expect(body).not.toContain(hidden);
    const rows = tags(one(doc, 'table'), 'th').map((th) => squash(text(th)));
    expect(rows).toEqual(['权力编码', '权力名称', '权力类型', '实施主体']);
  });

  it('says when some content is withheld, with reason and basis, and falls back to the department contact', () => {
    const body = mainText(page(pages, 'powers/000625001000.html'));
    expect(body).toContain('部分内容不予公开');
    expect(body).toContain('不予公开的理由 影响执法检查');
    expect(body).toContain('不予公开的依据 《政府信息公开条例》第十四条');
    expect(body).toContain('本事项暂停实施');
    expect(body).toContain('收费 不收费');
    expect(body).toContain('咨询电话 0000-8210315');
    expect(body).toContain('监督电话 0000-8210300');
  });

  it('lists abolished powers apart, with date and reason', () => {
    const powerBody = mainText(page(pages, 'powers/000123003000.html'));
    expect(powerBody).toContain('本事项已取消');
    expect(powerBody).toContain('取消日期 2016-02-03');
    expect(powerBody).toContain('取消理由 国务院决定取消');
    const list = mainText(page(pages, 'abolished.html'));
    expect(list).toContain('000123003000');
    expect(list).toContain('2016-02-03');
    expect(list).toContain('国务院决定取消');
    expect(list).not.toContain('00013101100Y');
    expect(mainText(page(pages, 'types/licensing.html'))).not.toContain('000123003000');
    const department = page(pages, 'departments/market.html');
    expect(squash(text(tags(department, 'section').find((s) => s.attrs['aria-labelledby'] === 'abolished')!))).toContain('000123003000');
  });

  it('shows the department with contacts, USCC and its powers grouped by type', () => {
    const doc = page(pages, 'departments/market.html');
    const body = mainText(doc);
    for (const part of ['统一社会信用代码 11519901MB1E40728Y', '咨询电话 0000-8210315', '监督电话 0000-8210300', '地址 测试县滨河路88号', '实施主体性质 法定机关']) {
      expect(body).toContain(part);
    }
    expect(tags(doc, 'h3').map((h) => squash(text(h)))).toEqual(['行政许可（1 项）', '行政检查（2 项）']);
  });

  it('links the home page to every type, department, the abolished list and the open data', () => {
    const doc = page(pages, 'index.html');
    const hrefs = tags(doc, 'a').map((a) => a.attrs.href);
    for (const href of ['types/licensing.html', 'types/inspection.html', 'types/penalty.html', 'departments/market.html', 'departments/evil_22dept.html', 'abolished.html', ...DATA_FILES]) {
      expect(hrefs).toContain(href);
    }
    const byType = tags(doc, 'table')[0]!;
    expect(tags(byType, 'tr').map((tr) => squash(text(tr)))).toEqual(['权力类型 事项数', '行政许可 1', '行政处罚 1', '行政检查 2', '合计 4']);
  });

  it('escapes every text: a hostile name is shown, never run', () => {
    for (const [path, html] of pages) {
      expect(html, path).not.toContain('<img');
      const ownScripts = /<script (type="module" )?src="(\.\.\/)?assets\/[a-z-]+\.js" integrity="sha256-[A-Za-z0-9+/]+=*"><\/script>/g;
      // JSON-LD holds no `<` at all (escaped as \u003c), so no text in it can close the element
      const jsonLd = /<script type="application\/ld\+json">[^<]*<\/script>/g;
      expect(html.replace(ownScripts, '').replace(jsonLd, ''), path).not.toContain('<script');
      expect(html, path).not.toContain('<iframe');
      expect(html, path).not.toContain('"onmouseover=');
    }
    const doc = page(pages, pagePath('../../etc/passwd'));
    expect(squash(text(one(doc, 'h1')))).toBe(XSS);
    expect(text(one(doc, 'title'))).toContain(XSS);
    expect(mainText(doc)).toContain('</cite><script>alert(3)</script>');
    expect(mainText(doc)).toContain('<iframe src="javascript:alert(5)">');
    expect(mainText(page(pages, 'types/penalty.html'))).toContain(XSS);
    expect(squash(text(one(page(pages, 'departments/evil_22dept.html'), 'h1')))).toBe('"><script>alert(2)</script>');
  });

  it('is deterministic: same bytes for the same input, whatever the order its powers and charts came in', () => {
    const again = renderPages(handBuilt);
    const shuffled = renderPages({
      ...handBuilt,
      catalogue: { ...handBuilt.catalogue, powers: [...handBuilt.catalogue.powers].reverse() },
      flowcharts: new Map([...FLOWCHARTS].reverse()),
    });
    expect([...again]).toEqual([...pages]);
    expect([...shuffled]).toEqual([...pages]);
  });

  it('lists departments in the order of the public catalogue (site.departmentOrder), not by id', () => {
    const reversed = [...handBuilt.catalogue.departments].reverse();
    const home = (departments: typeof reversed) => renderPages({ ...handBuilt, catalogue: { ...handBuilt.catalogue, departments } }).get('index.html')!;
    const linked = (html: string) => [...html.matchAll(/href="(departments\/[^"]+)"/g)].map((m) => m[1]);
    const owners = linked(home(handBuilt.catalogue.departments));
    expect(owners.length).toBeGreaterThan(1);
    expect(linked(home(reversed))).toEqual([...owners].reverse());
  });

  it('links the stylesheet, which has focus, print and narrow-screen rules', () => {
    expect(tags(page(pages, 'index.html'), 'link').filter((e) => e.attrs.rel === 'stylesheet').map((e) => e.attrs.href)).toEqual([STYLESHEET_PATH]);
    const css = SITE_CSS;
    expect(css).toContain(':focus-visible');
    expect(css).toContain('@media print');
    expect(css).toMatch(/@page\s*{\s*size:\s*A4/);
    expect(css).toContain('"Noto Sans CJK SC"');
    expect(css).not.toMatch(/url\(|@import|https?:/);
  });

  it('exports the CSP the brief fixes', () => {
    expect(CSP).toBe("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'");
  });
});

describe('renderPages (the bundled example)', { timeout: 120_000 }, () => {
  let input: PageInput;
  let pages: Map<string, string>;
  beforeAll(async () => {
    input = await exampleInput();
    pages = checkSite(input);
  }, 120_000);

  it('has a page per power, department and type in use', () => {
    for (const power of input.catalogue.powers) expect(pages.has(pagePath(power.code))).toBe(true);
    for (const power of input.catalogue.powers) expect(pages.has(`departments/${power.department.id}.html`)).toBe(true);
    expect(pages.has('types/public-service.html')).toBe(true);
  });

  it('never shows what the catalogue withholds', () => {
    const site = [...pages.values()].join('\n');
    expect(site).not.toContain('对使用涉密测绘成果单位'); // a responsibility of the power with public: false
    expect(site).not.toContain('中华人民共和国测绘成果管理条例'); // its basis
    expect(site).not.toContain('事先通风报信'); // a withheld risk
    const partial = page(pages, 'powers/000625001000.html');
    expect(mainText(partial)).toContain('部分内容不予公开');
    // The withheld section keeps its heading and names the field, with nothing of its content.
    const risks = tags(partial, 'section').find((s) => s.attrs['aria-labelledby'] === 'risks')!;
    expect(squash(text(risks))).toBe('廉政风险点 本项不予公开：廉政风险点');
  });

  it('shows the abolished power as 已取消 with its date and reason', () => {
    const body = mainText(page(pages, 'powers/000123003000.html'));
    expect(body).toContain('本事项已取消');
    expect(body).toContain('取消日期 2016-02-03');
  });

  it('gives every published flowchart its figure and step list', () => {
    const doc = page(pages, 'powers/00013101100Y.html');
    const power = input.catalogue.powers.find((p) => p.code === '00013101100Y')!;
    const ids = [power.flowcharts.external, power.flowcharts.internal];
    expect(charts(doc).flatMap((f) => tags(f, 'svg'))).toHaveLength(2);
    const opened = all(doc, (e) => e.name === 'a' && (e.attrs.href ?? '').startsWith('../flowcharts/')).map((a) => a.attrs.href);
    expect(opened).toEqual(ids.map((id) => `../flowcharts/${id}.svg`));
    for (const [i, figure] of charts(doc).entries()) {
      expect(tags(figure, 'li').map((li) => squash(text(li)))).toEqual(input.flowcharts.get(ids[i]!)!.spec.outline.map(squash));
    }
  });

  it('passes the W3C Nu Html Checker without errors (hand-built hostile pages too)', () => {
    const both = [...pages, ...[...renderPages(handBuilt)].map(([p, c]) => [`hand/${p}`, c] as const)];
    expect(vnuErrors(both)).toEqual([]);
  }, 120_000);
});
