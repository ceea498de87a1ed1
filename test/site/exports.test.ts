import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { collectFlowcharts } from '../../src/flowchart/collect.js';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { CELL_LIMIT, LIST_SEPARATOR, POWER_COLUMNS, TRUNCATED } from '../../src/site/exports/columns.js';
import { openDataFiles } from '../../src/site/exports/index.js';
import { DEPARTMENT_SHEET, POWER_SHEET, rawWorkbook } from '../../src/site/exports/xlsx.js';
import { fileSafe } from '../../src/site/file-safe.js';
import { publicCatalogue, type PublicCatalogue, type PublicDepartment, type PublicPower } from '../../src/site/public-data.js';
import { REPO } from '../helpers/catalogue.js';
import { parseCsv } from '../helpers/csv.js';

const DATE = '2024-06-01';
const pagePath = (code: string) => `powers/${fileSafe(code)}.html`;
const HEADERS = POWER_COLUMNS.map((c) => c.header);
const col = (header: string) => {
  const i = HEADERS.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return i;
};

const MARKET: PublicDepartment = {
  id: 'market',
  name: '青水县市场监督管理局',
  nature: 'statutory',
  uscc: '11519901MB1E40728Y',
  phone: '0899-8210315',
  supervisionPhone: '0899-8210300',
  address: '青水县青溪镇滨河路88号',
};

const FULL: PublicPower = {
  code: '000123001000',
  name: '食品经营许可',
  type: 'licensing',
  department: MARKET,
  status: 'active',
  public: true,
  path: pagePath('000123001000'),
  withheld: [],
  undertaker: { id: 'market-food', name: '青水县市场监督管理局食品经营股' },
  jointWith: [
    { id: 'health', name: '青水县卫生健康局' },
    { id: 'commerce', name: '青水县商务局' },
  ],
  source: { kind: 'delegated', from: '市市场监督管理局', basis: '市政府令第 1 号' },
  basis: [
    { level: 'law', title: '中华人民共和国食品安全法', article: '第三十五条', text: '从事食品销售，应当依法取得许可。' },
    { level: 'rule', title: '《食品经营许可和备案管理办法》' },
  ],
  subItems: [{ code: '000123001001', name: '食品经营许可（新办）', note: '含仅销售预包装食品' }],
  timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday' } },
  fees: [],
  serviceObjects: ['natural-person', 'enterprise'],
  handling: ['window', 'online-pc'],
  online: 'https://zwfw.example.org/item/000123001000',
  responsibilities: [
    { stage: '受理', text: '一次性告知补正材料, 含 "引号" 与逗号', basis: '行政许可法第三十二条' },
    { stage: '决定', text: '作出决定\n并送达' },
  ],
  accountability: [{ text: '对不符合条件的申请人准予许可的', basis: '行政许可法第七十四条' }],
  discretion: '=HYPERLINK("http://evil.example","点击")',
  risks: [{ step: 'review', stepName: '审查', level: 'high', points: ['降低标准'], controls: ['双人复核', '留痕'], owner: '分管副局长' }],
  contact: { phone: '+86 899 8210315' },
  effective: '2024-01-01',
  note: '@备注',
  flowcharts: { internal: 'flow-b', external: 'flow-a' },
};

const WITHHELD = {
  code: '000615003000',
  name: '对涉密测绘成果保管和使用情况的监督检查',
  type: 'inspection',
  department: MARKET,
  public: false,
  path: pagePath('000615003000'),
  withheld: [],
  exception: { reason: '涉及国家秘密', basis: '《中华人民共和国保守国家秘密法》第二条' },
  // Never present in real public data; here to prove the tabular exports ignore it anyway.
  discretion: 'SHOULD_NOT_APPEAR',
  undertaker: { id: 'x', name: 'SHOULD_NOT_APPEAR_EITHER' },
  flowcharts: {},
} satisfies PublicPower;

const ABOLISHED: PublicPower = {
  code: '000123003000',
  name: '公共场所卫生许可',
  type: 'licensing',
  department: MARKET,
  status: 'abolished',
  public: true,
  path: pagePath('000123003000'),
  withheld: [],
  abolishedOn: '2016-02-03',
  reason: '-国务院决定取消',
  flowcharts: {},
};

const CATALOGUE: PublicCatalogue = {
  id: 'qingshui',
  name: '青水县权责清单',
  site: { title: '青水县权责清单' },
  departments: [MARKET],
  powers: [FULL, ABOLISHED, WITHHELD],
};

const text = (value: Uint8Array | string | undefined) => (typeof value === 'string' ? value : new TextDecoder().decode(value));
const bytes = (value: Uint8Array | string | undefined) => (typeof value === 'string' ? new TextEncoder().encode(value) : value!);

/** Modification date and time of every entry, from the zip's central directory (DOS format). */
function zipEntryTimes(zip: Uint8Array): { name: string; date: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let n = 0; n < count; n++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const pad = (v: number) => String(v).padStart(2, '0');
    out.push({
      name,
      date: `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`,
    });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

async function openXlsx(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return workbook;
}

describe('openDataFiles', { timeout: 60_000 }, () => {
  it('gives exactly the three files, and the same bytes for the same input', async () => {
    const a = await openDataFiles(CATALOGUE, DATE);
    const b = await openDataFiles(structuredClone(CATALOGUE), DATE);
    expect([...a.keys()]).toEqual(['data/catalogue.json', 'data/catalogue.csv', 'data/catalogue.xlsx']);
    for (const [path, content] of a) expect(Buffer.from(bytes(b.get(path))).equals(Buffer.from(bytes(content))), path).toBe(true);
  });

  it('refuses a date that is not YYYY-MM-DD', async () => {
    await expect(openDataFiles(CATALOGUE, '2024-6-1')).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('catalogue.json', { timeout: 60_000 }, () => {
  let json: string;
  beforeAll(async () => {
    json = text((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.json'));
  }, 120_000);

  it('has the documented top level, 2-space indent and a trailing newline', () => {
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['formatVersion', 'catalogue', 'generatedOn', 'departments', 'powers']);
    expect(parsed.formatVersion).toBe(2);
    expect(parsed.catalogue).toEqual({ id: 'qingshui', name: '青水县权责清单' });
    expect(parsed.generatedOn).toBe(DATE);
    expect(json.startsWith('{\n  "formatVersion": 2,\n  "catalogue": {\n    "id"')).toBe(true);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json).not.toContain('\r');
    expect(json).toContain('"name": "青水县权责清单"'); // UTF-8, not \u escapes
  });

  it('is the public data in the catalogue\'s own structure, with text renderings beside it', () => {
    const parsed = JSON.parse(json) as { departments: unknown; powers: Record<string, unknown>[] };
    expect(parsed.departments).toEqual([
      {
        id: 'market',
        name: '青水县市场监督管理局',
        nature: 'statutory',
        uscc: '11519901MB1E40728Y',
        contact: { phone: '0899-8210315', supervisionPhone: '0899-8210300', address: '青水县青溪镇滨河路88号' },
      },
    ]);
    const [full, abolished, withheld] = parsed.powers;
    expect(full).toMatchObject({
      code: FULL.code,
      type: 'licensing',
      typeLabel: '行政许可',
      department: 'market',
      status: 'active',
      statusLabel: '现行有效',
      timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday' } },
      timeLimitText: { statutory: '20 个工作日', promised: '5 个工作日' },
      undertaker: 'market-food',
      jointWith: ['health', 'commerce'],
      online: { url: FULL.online },
      basis: FULL.basis,
      risks: FULL.risks,
      fees: [],
    });
    expect(full).not.toHaveProperty('withheld');
    expect(abolished).toMatchObject({ status: 'abolished', abolishedOn: '2016-02-03', reason: '-国务院决定取消' });
    expect(withheld).toEqual({
      code: WITHHELD.code,
      name: WITHHELD.name,
      type: 'inspection',
      typeLabel: '行政检查',
      department: 'market',
      path: WITHHELD.path,
      public: false,
      exception: WITHHELD.exception,
      discretion: 'SHOULD_NOT_APPEAR',
      undertaker: 'x',
      flowcharts: {},
    });
  });

  it('writes keys in a fixed order whatever order the catalogue writes them in', async () => {
    const reversedKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversedKeys)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]))
          : value;
    const example = join(REPO, 'examples/qingshui');
    const copy = mkdtempSync(join(tmpdir(), 'powercat-order-'));
    cpSync(example, copy, { recursive: true });
    for (const file of ['powers/market/food-business-licence.yaml', 'departments/market.yaml']) {
      const documents = parseAllDocuments(readFileSync(join(example, file), 'utf8')).map((d) => d.toJS());
      writeFileSync(join(copy, file), documents.map((d) => stringify(reversedKeys(d))).join('---\n'));
    }
    const jsonOf = async (root: string) => {
      const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
      return text((await openDataFiles(publicCatalogue(model, collectFlowcharts(model)), DATE)).get('data/catalogue.json'));
    };
    const original = await jsonOf(example);
    expect(await jsonOf(copy)).toBe(original);
    const power = (JSON.parse(original) as { powers: Record<string, unknown>[] }).powers[0]!;
    expect(Object.keys(power).slice(0, 7)).toEqual(['code', 'name', 'type', 'typeLabel', 'department', 'path', 'public']);
  }, 60_000);
});

describe('catalogue.csv', { timeout: 60_000 }, () => {
  let raw: Uint8Array;
  let records: string[][];
  beforeAll(async () => {
    raw = bytes((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.csv'));
    records = parseCsv(text(raw.subarray(3)));
  }, 120_000);
  const row = (code: string) => records.find((r) => r[0] === code)!;

  it('is UTF-8 with a BOM, CRLF records (strict RFC 4180 parse), Chinese headers, one row per power', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records[0]).toEqual(HEADERS);
    for (const header of ['权力编码', '权力名称', '权力类型', '实施主体', '实施主体统一社会信用代码', '承办机构', '实施依据', '法定时限', '承诺时限', '收费', '服务对象', '办理形式', '网上办理地址', '责任事项', '追责情形', '裁量基准', '监督电话', '状态', '取消日期', '取消理由', '公开情况']) {
      expect(HEADERS).toContain(header);
    }
    expect(records.length).toBe(1 + CATALOGUE.powers.length);
    for (const r of records) expect(r.length).toBe(HEADERS.length);
    expect(records.slice(1).map((r) => r[0])).toEqual(CATALOGUE.powers.map((p) => p.code));
  });

  it('writes the public fields, quoting commas, quotes and line breaks', () => {
    const r = row(FULL.code);
    expect(r[col('权力名称')]).toBe('食品经营许可');
    expect(r[col('权力类型')]).toBe('行政许可');
    expect(r[col('实施主体')]).toBe(MARKET.name);
    expect(r[col('实施主体统一社会信用代码')]).toBe(MARKET.uscc);
    expect(r[col('承诺时限')]).toBe('5 个工作日');
    expect(r[col('收费')]).toBe('不收费');
    expect(r[col('网上办理地址')]).toBe(FULL.online);
    expect(r[col('状态')]).toBe('现行有效');
    expect(r[col('公开情况')]).toBe('公开');
    expect(r[col('监督电话')]).toBe(MARKET.supervisionPhone); // the department's, when the power has none
    expect(r[col('责任事项')]).toBe('1. 受理：一次性告知补正材料, 含 "引号" 与逗号（依据：行政许可法第三十二条）\n2. 决定：作出决定\n并送达');
    expect(text(raw)).toContain('"1. 受理：一次性告知补正材料, 含 ""引号"" 与逗号');
  });

  it('joins short lists with the separator and numbers long ones one per line', () => {
    const r = row(FULL.code);
    expect(LIST_SEPARATOR).toBe('；');
    expect(r[col('服务对象')]).toBe('自然人；企业法人');
    expect(r[col('办理形式')]).toBe('窗口办理；网上办理（电脑端）');
    expect(r[col('共同实施部门')]).toBe('青水县卫生健康局；青水县商务局');
    expect(r[col('实施依据')]).toBe('1. 《中华人民共和国食品安全法》第三十五条（法律）：从事食品销售，应当依法取得许可。\n2. 《食品经营许可和备案管理办法》（规章）');
    expect(r[col('权力来源')]).toBe('上级下放（来源：市市场监督管理局；依据：市政府令第 1 号）');
  });

  it('defuses cells a spreadsheet would read as a formula with a leading apostrophe', () => {
    const r = row(FULL.code);
    expect(r[col('裁量基准')]).toBe(`'${FULL.discretion}`);
    expect(r[col('咨询电话')]).toBe("'+86 899 8210315");
    expect(r[col('备注')]).toBe("'@备注");
    expect(row(ABOLISHED.code)[col('取消理由')]).toBe("'-国务院决定取消");
    expect(r[col('权力名称')]).toBe('食品经营许可'); // ordinary cells untouched
    for (const record of records) for (const cell of record) expect(cell, cell).not.toMatch(/^[=+\-@\t\r\n]/);
  });

  it('fills only code, name, type, department, disclosure, reason and basis for a non-public power', () => {
    const r = row(WITHHELD.code);
    const filled = Object.fromEntries(HEADERS.flatMap((h, i) => (r[i] !== '' ? [[h, r[i]]] : [])));
    expect(filled).toEqual({
      权力编码: WITHHELD.code,
      权力名称: WITHHELD.name,
      权力类型: '行政检查',
      实施主体: MARKET.name,
      实施主体统一社会信用代码: MARKET.uscc,
      公开情况: '不予公开',
      不予公开理由: '涉及国家秘密',
      不予公开依据: '《中华人民共和国保守国家秘密法》第二条',
    });
    expect(text(raw)).not.toContain('SHOULD_NOT_APPEAR');
  });

  it('shows abolished powers with their date and reason', () => {
    const r = row(ABOLISHED.code);
    expect(r[col('状态')]).toBe('已取消');
    expect(r[col('取消日期')]).toBe('2016-02-03');
  });

  it('drops characters XML cannot carry and cuts a cell at the spreadsheet limit', async () => {
    const long: PublicCatalogue = { ...CATALOGUE, powers: [{ ...FULL, discretion: `裁量${'\u0001'}${'甲'.repeat(40_000)}`, note: 'a\r\nb\rc' }] };
    const files = await openDataFiles(long, DATE);
    const r = parseCsv(text(bytes(files.get('data/catalogue.csv')).subarray(3)))[1]!;
    expect(r[col('裁量基准')]!.length).toBe(CELL_LIMIT);
    expect(r[col('裁量基准')]!.startsWith('裁量甲甲')).toBe(true);
    expect(r[col('裁量基准')]!.endsWith(TRUNCATED)).toBe(true);
    expect(r[col('备注')]).toBe('a\nb\nc');
    const sheet = (await openXlsx(bytes(files.get('data/catalogue.xlsx')))).getWorksheet(POWER_SHEET)!;
    expect(String(sheet.getRow(2).getCell(col('裁量基准') + 1).value)).toBe(r[col('裁量基准')]);
  });
});

describe('catalogue.xlsx', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is byte-identical when the clock moves between writes (and exceljs alone is not)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2021-03-04T05:06:07Z'));
    const rawA = await rawWorkbook(CATALOGUE, DATE);
    const a = bytes((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.xlsx'));
    vi.setSystemTime(new Date('2033-11-12T13:14:17Z'));
    const rawB = await rawWorkbook(CATALOGUE, DATE);
    const b = bytes((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.xlsx'));
    vi.useRealTimers();
    // The control: exceljs stamps the clock into its zip, so without the re-zip the files differ.
    expect(Buffer.from(rawA).equals(Buffer.from(rawB))).toBe(false);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    for (const entry of zipEntryTimes(a)) expect(entry.date, entry.name).toBe(`${DATE} 12:00:00`);
  });

  it('does not depend on the time zone', async () => {
    const saved = process.env.TZ;
    try {
      const out: Buffer[] = [];
      for (const tz of ['UTC', 'Asia/Shanghai', 'America/Santiago', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        out.push(Buffer.from(bytes((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.xlsx'))));
      }
      for (const other of out.slice(1)) expect(other.equals(out[0]!)).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('clamps the zip date to what a zip can hold', async () => {
    const xlsx = bytes((await openDataFiles(CATALOGUE, '1970-01-01')).get('data/catalogue.xlsx'));
    for (const entry of zipEntryTimes(xlsx)) expect(entry.date).toBe('1980-01-01 12:00:00');
  });

  it('has well-formed XML, fixed entry order, and generatedOn as its only date', async () => {
    const xlsx = bytes((await openDataFiles(CATALOGUE, DATE)).get('data/catalogue.xlsx'));
    const entries = unzipSync(xlsx);
    const names = Object.keys(entries);
    expect(names[0]).toBe('[Content_Types].xml');
    expect(names.slice(1)).toEqual([...names.slice(1)].sort());
    for (const [name, data] of Object.entries(entries)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      const parser = new SaxesParser();
      parser.on('error', (e) => {
        throw new Error(`${name}: ${e.message}`);
      });
      parser.write(new TextDecoder().decode(data)).close();
    }
    const core = new TextDecoder().decode(entries['docProps/core.xml']);
    expect(core).toContain('<dc:creator>powercat</dc:creator>');
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${DATE}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${DATE}T00:00:00Z</dcterms:modified>`);
    expect(core.match(/\d{4}-\d{2}-\d{2}T[\d:.]+Z?/g)).toEqual([`${DATE}T00:00:00Z`, `${DATE}T00:00:00Z`]);
    // A formula-looking value is a plain string cell: no <f> element anywhere.
    for (const [name, data] of Object.entries(entries)) if (name.startsWith('xl/worksheets/')) expect(new TextDecoder().decode(data)).not.toContain('<f>');
  });

  it('opens in exceljs with the sheets, headers, styles and cells of the CSV', async () => {
    const files = await openDataFiles(CATALOGUE, DATE);
    const workbook = await openXlsx(bytes(files.get('data/catalogue.xlsx')));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([POWER_SHEET, DEPARTMENT_SHEET]);
    expect(workbook.creator).toBe('powercat');
    expect(workbook.created.toISOString()).toBe(`${DATE}T00:00:00.000Z`);
    const sheet = workbook.getWorksheet('权责清单')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(col('实施依据') + 1).width).toBe(50);
    expect(sheet.rowCount).toBe(1 + CATALOGUE.powers.length);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('000123001000'); // a code stays text: leading zeros kept
    expect(sheet.getRow(2).getCell(col('裁量基准') + 1).value).toBe(FULL.discretion); // text, no apostrophe needed
    // Every cell equals the CSV's (apart from the CSV's defusing apostrophe).
    const csv = parseCsv(text(bytes(files.get('data/catalogue.csv')).subarray(3)));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const cells = HEADERS.map((_, c) => {
        const value = sheet.getRow(r).getCell(c + 1).value;
        return value === null || value === undefined ? '' : String(value);
      });
      expect(cells.map((v) => (/^[=+\-@\t\r\n]/.test(v) ? `'${v}` : v))).toEqual(csv[r - 1]);
    }
    const departments = workbook.getWorksheet('部门')!;
    expect(departments.getRow(1).getCell(2).value).toBe('部门名称');
    expect(departments.getRow(2).getCell(2).value).toBe(MARKET.name);
    expect(departments.getRow(2).getCell(3).value).toBe('法定机关');
  });
});

describe('the example catalogue', { timeout: 60_000 }, () => {
  it('exports every power, the non-public one reduced', async () => {
    const root = join(REPO, 'examples/qingshui');
    const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
    const catalogue = publicCatalogue(model, collectFlowcharts(model));
    const files = await openDataFiles(catalogue, DATE);
    const csv = parseCsv(text(bytes(files.get('data/catalogue.csv')).subarray(3)));
    expect(csv.length).toBe(1 + catalogue.powers.length);
    const withheld = catalogue.powers.filter((p) => !p.public);
    expect(withheld.length).toBeGreaterThan(0);
    for (const power of withheld) {
      const r = csv.find((x) => x[0] === power.code)!;
      expect(r[col('公开情况')]).toBe('不予公开');
      expect(r[col('责任事项')]).toBe('');
      expect(r[col('实施依据')]).toBe('');
    }
    const json = JSON.parse(text(files.get('data/catalogue.json'))) as { powers: { code: string }[] };
    expect(json.powers.map((p) => p.code)).toEqual(catalogue.powers.map((p) => p.code));
    const sheet = (await openXlsx(bytes(files.get('data/catalogue.xlsx')))).getWorksheet(POWER_SHEET)!;
    expect(sheet.rowCount).toBe(csv.length);
  });
});
