import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { departmentColumns, POWER_COLUMNS } from '../../src/site/exports/columns.js';
import { openDataFiles } from '../../src/site/exports/index.js';
import type { PublicCatalogue, PublicPower } from '../../src/site/public-data.js';
import { renderPages, type PageInput } from '../../src/site/render-pages.js';
import { searchRecords } from '../../src/site/search-index.js';
import { makeCatalogue, REPO, runCli } from '../helpers/catalogue.js';
import { parseCsv } from '../helpers/csv.js';
import { all, mainText, one, parse, squash, tags, text, vnuErrors, type El } from '../helpers/html.js';
import { catalogueInput } from '../helpers/site-pages.js';
import { FULL_V2, V2_FILES, WITHHELD_MARKERS } from '../helpers/v2-catalogue.js';
import { WITHHOLDABLE_FIELDS } from '../../src/format/power-fields.js';

/* The site and open data of a format-version-2 catalogue (FORMAT §2, §4, §5; issue 11 item 3). */

const DATE = '2025-06-30';
const decode = (content: string | Uint8Array | undefined) => (typeof content === 'string' ? content : new TextDecoder().decode(content));

let input: PageInput;
let pages: Map<string, string>;
beforeAll(async () => {
  input = await catalogueInput(makeCatalogue(V2_FILES), DATE);
  pages = renderPages(input);
}, 60_000);

const doc = (code: string) => parse(pages.get(`powers/${code}.html`)!);
/** A section of the page by its heading's id. */
const section = (page: El, id: string) => {
  const found = tags(page, 'section').find((s) => s.attrs['aria-labelledby'] === id);
  expect(found, `section #${id}`).toBeDefined();
  return found!;
};
const sectionText = (page: El, id: string) => squash(text(section(page, id)));
/** The cell beside a row heading of a label/value table. */
const row = (page: El, label: string) => {
  const tr = tags(page, 'tr').find((r) => r.children.some((c) => typeof c !== 'string' && c.name === 'th' && squash(text(c)) === label));
  return tr === undefined ? undefined : squash(text(tr.children.find((c): c is El => typeof c !== 'string' && c.name === 'td')!));
};

describe('the power page of a v2 catalogue', { timeout: 120_000 }, () => {
  it('shows the service guide: conditions, materials as a table, where, when, visits and online depth in words', () => {
    const page = doc('LIC-001');
    const guide = section(page, 'guide');
    expect(squash(text(tags(guide, 'h2')[0]!))).toBe('办事指南');
    expect(tags(guide, 'h3').map((h) => squash(text(h)))).toEqual(['受理条件', '申请材料', '办理须知', '特别程序']);
    expect(tags(section(guide, 'guide-conditions'), 'li').map((li) => squash(text(li)))).toEqual([
      '具有与经营的食品品种、数量相适应的经营场所',
      '有食品安全专业技术人员和管理制度',
    ]);
    const materials = section(guide, 'guide-materials');
    expect(tags(materials, 'thead')[0]!.children.length).toBeGreaterThan(0);
    expect(tags(materials, 'th').filter((th) => th.attrs.scope === 'col').map((th) => squash(text(th)))).toEqual(['材料名称', '形式', '份数', '是否必需', '来源', '说明', '样表']);
    expect(tags(materials, 'tbody')[0]!.children.filter((c) => typeof c !== 'string').map((tr) => squash(text(tr)))).toEqual([
      '食品经营许可申请书 原件 1 必需 申请人自备 样表',
      '营业执照 复印件 2 必需 市场监管部门核发',
      '食品安全管理制度文本 非必需（容缺） 可在领证前补交',
    ]);
    expect(tags(materials, 'a').map((a) => a.attrs.href)).toEqual(['https://zwfw.example.org/sample/LIC-001.docx']);
    // No place in the guide: the department's address, said to be that.
    expect(row(guide, '办理地点')).toBe('青水县滨河路88号政务服务中心二楼 （实施主体地址）');
    expect(row(guide, '办理时间')).toBe('工作日 9:00—12:00，13:30—17:00');
    expect(row(guide, '到现场次数')).toBe('到现场 1 次');
    expect(row(guide, '网上办理深度')).toBe('在线预审、受理');
    expect(row(guide, '办事指南网址')).toBe('https://zwfw.example.org/guide/LIC-001');
    expect(row(guide, '办理结果')).toBe('食品经营许可证（ 证照 ）');
    expect(row(guide, '数量限制')).toBe('无数量限制');
    expect(row(guide, '中介服务')).toBe('场所平面图绘制 依据： 不强制委托中介');
    expect(sectionText(guide, 'guide-special')).toBe('特别程序 特别程序所需时间不计算在办结时限内。 现场核查 所需时间： 10 个工作日 需要时进行');
  });

  it('reads 零跑动 and 全程网办 in words, and uses the guide’s own place', () => {
    const guide = section(doc('CON-002'), 'guide');
    expect(row(guide, '到现场次数')).toBe('零跑动（不用到现场）');
    expect(row(guide, '网上办理深度')).toBe('全程网办');
    expect(row(guide, '办理地点')).toBe('青水县政务服务中心3号窗口');
  });

  it('shows 即办件 in the time-limit rows, the level, and the codes it replaces and implements', () => {
    const full = doc('LIC-001');
    expect(row(full, '行使层级')).toBe('县');
    expect(row(full, '法定时限')).toBe('20 个工作日');
    expect(row(full, '承诺时限')).toBe('5 个工作日 （不含现场核查时间）');
    expect(row(full, '取代原事项编码')).toBe('LIC-OLD-1、LIC-OLD-2');
    expect(row(full, '上级目录事项编码')).toBe('000123001000 所属目录： province');
    const immediate = doc('CON-002');
    expect(row(immediate, '法定时限')).toBe('无法定时限');
    expect(row(immediate, '承诺时限')).toBe('即办件（当场办结）');
    expect(row(immediate, '行使层级')).toBeUndefined(); // no level of its own: nothing
  });

  it('splits the basis into 设定依据 and 实施依据', () => {
    const basis = section(doc('LIC-001'), 'basis');
    expect(squash(text(tags(basis, 'h2')[0]!))).toBe('设定和实施依据');
    expect(sectionText(basis, 'basis-setting')).toBe('设定依据 法律 《中华人民共和国食品安全法》 第三十五条');
    expect(sectionText(basis, 'basis-implementing')).toBe('实施依据 部门规章 《食品经营许可和备案管理办法》 第六条');
    // Without a setting basis there is one list, of implementing bases.
    const single = section(doc('PEN-005'), 'basis');
    expect(tags(single, 'h3').map((h) => squash(text(h)))).toEqual(['实施依据']);
  });

  it('lists handling items of the power and of its sub-items, with kind, own time limit and online link', () => {
    const page = doc('LIC-001');
    const items = section(page, 'handling-items');
    expect(squash(text(tags(items, 'h2')[0]!))).toBe('业务办理项（3 项）');
    expect(tags(items, 'th').filter((th) => th.attrs.scope === 'col').map((th) => squash(text(th)))).toEqual([
      '业务办理项编码', '业务办理项名称', '类型', '所属子项', '办结时限', '网上办理', '备注',
    ]);
    expect(tags(items, 'tbody')[0]!.children.filter((c) => typeof c !== 'string').map((tr) => squash(text(tr)))).toEqual([
      'LIC-001-01 食品经营许可新办 新设 法定时限： 20 个工作日 承诺时限： 10 个工作日 https://zwfw.example.org/item/LIC-001-01',
      'LIC-001-02 食品经营许可变更 变更 仅变更名称的当场办结',
      'LIC-001-1-01 预包装食品经营许可新办 新设 食品经营许可（仅销售预包装食品）（LIC-001-1）',
    ]);
    expect(tags(items, 'a').map((a) => a.attrs.href)).toEqual(['https://zwfw.example.org/item/LIC-001-01']);
    // The sub-item's own limit: 即办件.
    expect(sectionText(page, 'sub-items')).toContain('LIC-001-1 食品经营许可（仅销售预包装食品） 即办件（当场办结）');
  });

  it('shows the change history as a timeline, oldest first, with action, basis document, earlier codes and note', () => {
    const history = section(doc('LIC-001'), 'history');
    const entries = tags(tags(history, 'ol')[0]!, 'li').map((li) => squash(text(li)));
    expect(entries).toEqual([
      '2019-03-01 新增 调整依据： 青府发〔2019〕1号',
      '2021-06-15 合并 调整依据： 青府发〔2021〕8号 原事项编码： LIC-OLD-1、LIC-OLD-2 食品流通许可与餐饮服务许可合并',
      '2023-01-10 调整 调整依据： 青府发〔2023〕2号 承诺时限由10个工作日压缩为5个工作日',
    ]);
    expect(tags(history, 'time').map((t) => t.attrs.datetime)).toEqual(['2019-03-01', '2021-06-15', '2023-01-10']);
  });

  it('reads 未填写 where a reader looks for time limits, basis and materials the catalogue leaves empty', () => {
    const page = doc('LIC-003');
    expect(row(page, '法定时限')).toBe('未填写');
    expect(row(page, '承诺时限')).toBe('未填写');
    expect(sectionText(page, 'basis')).toBe('设定和实施依据 未填写');
    expect(sectionText(page, 'guide-materials')).toBe('申请材料 未填写');
    // A penalty needs neither a time limit nor a guide: nothing to say there.
    const penalty = doc('PEN-005');
    expect(mainText(penalty)).not.toContain('未填写');
    expect(row(penalty, '法定时限')).toBeUndefined();
    expect(all(penalty, (e) => e.attrs.id === 'guide')).toEqual([]);
  });

  it('names every withheld field where the reader looks for it, and publishes none of its values', () => {
    const page = doc('LIC-004');
    expect(sectionText(page, 'partial')).toContain('本项不予公开：行使层级、办结时限、业务办理项、办事指南、调整记录、取代的事项编码、上级目录事项');
    expect(sectionText(page, 'guide')).toBe('办事指南 本项不予公开：办事指南');
    expect(sectionText(page, 'history')).toBe('调整记录 本项不予公开：调整记录');
    expect(sectionText(page, 'handling-items')).toBe('业务办理项 本项不予公开：业务办理项');
    for (const label of ['行使层级', '办结时限', '取代原事项编码', '上级目录事项编码']) expect(row(page, label), label).toBe('不予公开');
    expect(row(page, '承诺时限')).toBeUndefined();
    for (const [path, html] of pages) for (const marker of WITHHELD_MARKERS) expect(html.includes(marker), `${marker} in ${path}`).toBe(false);
  });

  it('names each withheld field in place — its section or its row — not only in the notice', async () => {
    // Nothing on the page stands for these when the power is in force: the notice names them.
    const noPlace = new Set(['contact', 'abolishedOn', 'reason']);
    const powers = WITHHOLDABLE_FIELDS.map((field, i) =>
      FULL_V2.replace('code: "LIC-001"', `code: "W-${i}"`) + `disclosure: {withhold: [${field}], reason: 理由, basis: 依据}\n`,
    );
    const withheld = renderPages(await catalogueInput(makeCatalogue({ ...V2_FILES, 'powers/market.yaml': powers.join('---\n') }), DATE));
    WITHHOLDABLE_FIELDS.forEach((field, i) => {
      const main = tags(parse(withheld.get(`powers/W-${i}.html`)!), 'main')[0]!;
      const notice = tags(main, 'section').find((s) => s.attrs['aria-labelledby'] === 'partial')!;
      expect(squash(text(notice)), field).toContain('本项不予公开：');
      const inPlace = tags(main, 'section').filter((s) => s.attrs.class === 'block').some((s) => squash(text(s)).includes('不予公开'));
      expect(inPlace, field).toBe(!noPlace.has(field));
    });
  }, 60_000);

  it('gives every new label its English', () => {
    const html = pages.get('powers/LIC-001.html')!;
    for (const en of [
      'Service guide', 'Conditions for acceptance', 'Application materials', 'Optional (may be handed in later)', 'Setting basis',
      'Implementing basis', 'Handling items (3)', 'New', 'Change history', 'Merged', 'Level of government', 'County', 'Visits in person: 1',
      'Online pre-check and acceptance', 'Certificate', 'Original', 'Special procedures',
    ]) {
      expect(html, en).toContain(`data-en="${en}"`);
    }
    expect(pages.get('powers/CON-002.html')).toContain('data-en="Immediate (handled on the spot)"');
    expect(pages.get('powers/LIC-004.html')).toContain('data-en="Withheld: Level of government, Time limits, Handling items, Service guide, Change history, Codes it replaces, Item of the upstream list"');
  });

  it('finds a power by the codes it supersedes and by its handling items’ codes, never by withheld ones', () => {
    const content = (code: string) => searchRecords(input.catalogue).find((r) => r.meta.code === code)!.content.split('\n');
    expect(content('LIC-001')).toEqual(expect.arrayContaining(['LIC-OLD-1', 'LIC-OLD-2', 'LIC-001-01', '预包装食品经营许可新办', 'LIC-001-1-01']));
    expect(content('LIC-004').join('\n')).not.toMatch(/MARK/);
  });

  it('is deterministic', async () => {
    const again = renderPages(await catalogueInput(makeCatalogue(V2_FILES), DATE));
    expect([...again]).toEqual([...pages]);
  }, 60_000);
});

describe('open data of a v2 catalogue', { timeout: 120_000 }, () => {
  let files: Map<string, string | Uint8Array>;
  beforeAll(async () => {
    files = await openDataFiles(input.catalogue, DATE);
  }, 60_000);
  const powers = () => (JSON.parse(decode(files.get('data/catalogue.json'))) as { powers: Record<string, unknown>[] }).powers;
  const power = (code: string) => powers().find((p) => p.code === code)!;

  it('catalogue.json keeps time limits as {value, unit}, with their text beside them', () => {
    expect(power('LIC-001')).toMatchObject({
      level: [4],
      timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday', note: '不含现场核查时间' } },
      timeLimitText: { statutory: '20 个工作日', promised: '5 个工作日（不含现场核查时间）' },
      basis: [
        { level: 'law', title: '中华人民共和国食品安全法', article: '第三十五条', role: 'setting' },
        { level: 'departmental-rule', title: '食品经营许可和备案管理办法', article: '第六条', role: 'implementing' },
      ],
      supersedes: ['LIC-OLD-1', 'LIC-OLD-2'],
      upstream: { code: '000123001000', list: 'province' },
    });
    expect(power('CON-002')).toMatchObject({ timeLimit: { statutory: 'none', immediate: true }, timeLimitText: { statutory: '无法定时限', promised: '即办件' } });
    const full = power('LIC-001') as { guide: { materials: unknown[]; visits: number }; history: unknown[]; subItems: { handlingItems: unknown[] }[] };
    expect(full.guide.materials[2]).toEqual({ name: '食品安全管理制度文本', required: false, note: '可在领证前补交' });
    expect(full.guide.visits).toBe(1);
    expect(full.history[1]).toEqual({ date: '2021-06-15', action: 'merged', basis: '青府发〔2021〕8号', from: ['LIC-OLD-1', 'LIC-OLD-2'], note: '食品流通许可与餐饮服务许可合并' });
    expect(full.subItems[0]!.handlingItems).toEqual([{ code: 'LIC-001-1-01', name: '预包装食品经营许可新办', kind: 'new' }]);
    // Handling items keep the catalogue's `online: {url}`, as the power does: the file can be read as a catalogue.
    expect((power('LIC-001') as { handlingItems: unknown[] }).handlingItems[0]).toEqual({
      code: 'LIC-001-01',
      name: '食品经营许可新办',
      kind: 'new',
      timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 10, unit: 'workday' } },
      online: { url: 'https://zwfw.example.org/item/LIC-001-01' },
    });
  });

  it('catalogue.json lists the withheld fields and holds none of their values', () => {
    const withheld = power('LIC-004');
    expect(withheld.withheld).toEqual(['level', 'timeLimit', 'handlingItems', 'guide', 'history', 'supersedes', 'upstream']);
    for (const field of ['level', 'timeLimit', 'timeLimitText', 'handlingItems', 'guide', 'history', 'supersedes', 'upstream']) expect(withheld, field).not.toHaveProperty(field);
    expect(power('LIC-001')).not.toHaveProperty('withheld');
  });

  it('are documented in docs/open-data.md: every JSON member and every column', () => {
    const docs = readFileSync(join(REPO, 'docs/open-data.md'), 'utf8');
    const keys = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') {
        for (const [key, member] of Object.entries(value)) {
          keys.add(key);
          walk(member);
        }
      }
    };
    walk(JSON.parse(decode(files.get('data/catalogue.json'))));
    expect(keys.size).toBeGreaterThan(80);
    for (const key of keys) if (!/^\d/.test(key)) expect(docs, key).toMatch(new RegExp(`\`[^\`]*\\b${key}\\b[^\`]*\``));
    for (const column of POWER_COLUMNS) expect(docs, column.header).toContain(`| ${column.header} |`);
    for (const column of departmentColumns(input.catalogue)) expect(docs, column.header).toContain(column.header);
  });

  it('CSV and XLSX carry the v2 columns, one value per cell, lists numbered or joined', () => {
    const records = parseCsv(decode(files.get('data/catalogue.csv'))); // TextDecoder drops the BOM
    const headers = records[0]!;
    expect(headers).toEqual(POWER_COLUMNS.map((c) => c.header));
    const cell = (code: string, header: string) => {
      expect(headers, header).toContain(header);
      return records.find((r) => r[0] === code)![headers.indexOf(header)];
    };
    expect(cell('LIC-001', '行使层级')).toBe('县');
    expect(cell('LIC-001', '设定依据')).toBe('1. 《中华人民共和国食品安全法》第三十五条（法律）');
    expect(cell('LIC-001', '实施依据')).toBe('1. 《食品经营许可和备案管理办法》第六条（部门规章）');
    expect(cell('LIC-001', '业务办理项')).toBe(
      '1. LIC-001-01 食品经营许可新办（新设），法定时限：20 个工作日，承诺时限：10 个工作日，网上办理：https://zwfw.example.org/item/LIC-001-01\n' +
        '2. LIC-001-02 食品经营许可变更（变更），备注：仅变更名称的当场办结\n' +
        '3. LIC-001-1-01 预包装食品经营许可新办（新设），所属子项：LIC-001-1',
    );
    expect(cell('LIC-001', '受理条件')).toBe('1. 具有与经营的食品品种、数量相适应的经营场所\n2. 有食品安全专业技术人员和管理制度');
    expect(cell('LIC-001', '申请材料')).toBe(
      '1. 食品经营许可申请书，形式：原件，份数：1，必需，来源：申请人自备，样表：https://zwfw.example.org/sample/LIC-001.docx\n' +
        '2. 营业执照，形式：复印件，份数：2，必需，来源：市场监管部门核发\n' +
        '3. 食品安全管理制度文本，非必需（容缺），说明：可在领证前补交',
    );
    expect(cell('LIC-001', '办理地点')).toBe(''); // the guide gives none: the department's address applies (sheet 部门)
    expect(cell('CON-002', '办理地点')).toBe('青水县政务服务中心3号窗口');
    expect(cell('LIC-001', '到现场次数')).toBe('1');
    expect(cell('CON-002', '到现场次数')).toBe('0');
    expect(cell('LIC-001', '网上办理深度')).toBe('在线预审、受理');
    expect(cell('LIC-001', '特别程序')).toBe('1. 现场核查，所需时间：10 个工作日，说明：需要时进行');
    expect(cell('LIC-001', '调整记录')).toBe(
      '1. 2019-03-01 新增，调整依据：青府发〔2019〕1号\n' +
        '2. 2021-06-15 合并，调整依据：青府发〔2021〕8号，原事项编码：LIC-OLD-1；LIC-OLD-2，备注：食品流通许可与餐饮服务许可合并\n' +
        '3. 2023-01-10 调整，调整依据：青府发〔2023〕2号，备注：承诺时限由10个工作日压缩为5个工作日',
    );
    expect(cell('LIC-001', '取代的事项编码')).toBe('LIC-OLD-1；LIC-OLD-2');
    expect(cell('LIC-001', '上级目录事项编码')).toBe('000123001000');
    expect(cell('LIC-001', '上级目录')).toBe('province');
    expect(cell('LIC-001', '即办件')).toBe('');
    expect(cell('CON-002', '即办件')).toBe('是');
    expect(cell('CON-002', '承诺时限')).toBe('');
    expect(cell('CON-002', '法定时限')).toBe('无法定时限');
    expect(cell('LIC-004', '不予公开的内容')).toBe('行使层级；办结时限；业务办理项；办事指南；调整记录；取代的事项编码；上级目录事项');
    const csv = decode(files.get('data/catalogue.csv'));
    const xlsx = decode(files.get('data/catalogue.xlsx'));
    for (const marker of WITHHELD_MARKERS) expect(csv.includes(marker) || xlsx.includes(marker), marker).toBe(false);
    expect(csv).toContain('特殊食品生产许可'); // the control: the power's row is there
  });
});

describe('powercat build of a v2 catalogue', { timeout: 120_000 }, () => {
  it('publishes materials, 即办件 and the history on the power pages, and time limits as {value, unit} and withheld lists in catalogue.json', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'powercat-v2-')), 'site');
    const built = runCli(['build', makeCatalogue(V2_FILES), '--out', out, '--cache-dir', join(out, '..', 'cache')]);
    expect(built.code, built.stderr).toBe(0);
    const full = mainText(parse(readFileSync(join(out, 'powers/LIC-001.html'), 'utf8')));
    expect(full).toContain('申请材料 材料名称 形式 份数 是否必需 来源 说明 样表 食品经营许可申请书 原件 1 必需');
    expect(full).toContain('调整记录 按时间先后排列，最后一条是最近的调整。 2019-03-01 新增');
    expect(mainText(parse(readFileSync(join(out, 'powers/CON-002.html'), 'utf8')))).toContain('承诺时限 即办件（当场办结）');
    const json = JSON.parse(readFileSync(join(out, 'data/catalogue.json'), 'utf8')) as { powers: Record<string, unknown>[] };
    expect(json.powers.find((p) => p.code === 'LIC-001')!.timeLimit).toEqual({ statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday', note: '不含现场核查时间' } });
    expect(json.powers.find((p) => p.code === 'LIC-004')!.withheld).toEqual(['level', 'timeLimit', 'handlingItems', 'guide', 'history', 'supersedes', 'upstream']);
  }, 120_000);
});

describe('hostile values in v2 fields', { timeout: 120_000 }, () => {
  const XSS = '<script>alert(1)</script>';
  const hostile: PublicPower = {
    code: 'X-1',
    name: '恶意事项',
    type: 'licensing',
    department: { id: 'd', name: '部门', address: `<img src=x onerror=alert(2)>` },
    status: 'active',
    public: true,
    path: 'powers/X-1.html',
    withheld: [],
    level: [4],
    timeLimit: { statutory: { value: 1, unit: 'day', note: XSS }, immediate: true },
    basis: [{ level: '<b>law</b>', title: XSS, role: 'setting' }],
    subItems: [{ code: '"><i>', name: XSS, timeLimit: { promised: { value: 2, unit: 'hour', note: '</td>' } }, handlingItems: [{ code: '<h>', name: '</table>', online: 'javascript:alert(3)' }] }],
    handlingItems: [{ code: '&amp;', name: '<tr>', note: '"onmouseover="alert(4)' }],
    guide: {
      conditions: ['</ol><script>alert(5)</script>'],
      materials: [{ name: '<th>', required: false, source: '&lt;', note: '<!--', sample: 'javascript:alert(6)' }],
      hours: '</section>',
      url: 'javascript:alert(7)',
      results: [{ name: '<em>' }],
      intermediaries: [{ name: '<u>', basis: '&lt;/u>' }],
      specialProcedures: [{ name: '<p>', note: '<br>' }],
    },
    history: [{ date: '2024-02-30"><script>', action: 'renamed', basis: XSS, from: ['<a href=x>'], note: '</li>' }],
    supersedes: ['<old>'],
    upstream: { code: '</span>', list: '"list"' },
    flowcharts: {},
  };
  const catalogue: PublicCatalogue = { id: 'x', name: 'x', site: { title: '测试' }, departments: [hostile.department], powers: [hostile] };
  const hostilePages = renderPages({ catalogue, flowcharts: new Map(), generatedOn: DATE });

  it('are shown as text, never run, and never become links', () => {
    const html = hostilePages.get('powers/X-1.html')!;
    // powercat's own scripts (with their SRI hashes) and the page's JSON-LD data (reach.test.ts) are the only <script>s
    const ownScripts = /<script (?:type="module" )?src="(\.\.\/)?assets\/[a-z-]+\.js" integrity="sha256-[A-Za-z0-9+/=]+"><\/script>|<script type="application\/ld\+json">[^<]*<\/script>/g;
    expect(html.replace(ownScripts, '')).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="(?!https?:|\.\.\/|#)/);
    const page = parse(html);
    for (const a of tags(page, 'a')) expect(a.attrs.href).not.toMatch(/^javascript:/i);
    const body = mainText(page);
    for (const shown of ['</ol><script>alert(5)</script>', '<img src=x onerror=alert(2)>', '2024-02-30"><script>', '<a href=x>', '</span>', 'javascript:alert(6)']) expect(body).toContain(shown);
    expect(tags(one(page, 'main'), 'time')).toEqual([]); // 2024-02-30 is no date
  });

  it('and the pages of the v2 catalogue pass the W3C Nu Html Checker', () => {
    const both = [...pages, ...[...hostilePages].map(([p, c]) => [`hostile/${p}`, c] as const)];
    expect(vnuErrors(both)).toEqual([]);
  }, 120_000);
});
