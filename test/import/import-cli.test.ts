import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/catalogue.js';
import { runCliHere } from '../helpers/cli-in-process.js';

const GUANGAN = '/work/shared/corpus/guangan/guangan.csv';
const FIXTURES = join(REPO, 'test/import/fixtures');

const fresh = () => mkdtempSync(join(tmpdir(), 'powercat-import-'));

/** Every file below `dir`, relative, with its text. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name), 'utf8')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** The YAML documents of a catalogue folder's files below `folder`, as data. */
function documents(dir: string, folder: string): Record<string, unknown>[] {
  return Object.entries(tree(join(dir, folder))).flatMap(([, text]) => parseAllDocuments(text).map((d) => (d as { toJS(): Record<string, unknown> }).toJS()));
}

/** The lint report as data (through a file: thousands of findings overflow a pipe's buffer). */
async function lintJson(dir: string): Promise<{ code: number; diagnostics: { rule: string; message: string; file: string; line: number; column: number }[] }> {
  const report = join(fresh(), 'lint.json');
  const result = await runCliHere(['lint', dir, '--format', 'json', '--output', report, '--lang', 'en'], { cwd: dir });
  return { code: result.code, diagnostics: (JSON.parse(readFileSync(report, 'utf8')) as { diagnostics: [] }).diagnostics };
}

describe('powercat import on real and province-style lists', { timeout: 120_000 }, () => {
  it("imports the Guang'an list: every one of its 1,135 items, its 34 bodies, codes as published; lint names the dirty codes where they are", async () => {
    const out = join(fresh(), 'g');
    const result = await runCliHere(['import', GUANGAN, '--out', out, '--lang', 'zh-CN']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const rows = parseCsv(readFileSync(GUANGAN), { columns: true, bom: true }) as Record<string, string>[];
    const powers = documents(out, 'powers');
    expect(powers).toHaveLength(1135);
    expect(powers.every((p) => p.kind === 'Power')).toBe(true);
    expect(powers.map((p) => p.code).sort()).toEqual(rows.map((r) => r['事项编码']).sort());
    expect(powers.map((p) => p.name).sort()).toEqual(rows.map((r) => r['事项名称']).sort());
    const departments = documents(out, 'departments');
    expect(departments.map((d) => d.name).sort()).toEqual([...new Set(rows.map((r) => r['部门']))].sort());
    expect(departments).toHaveLength(34);
    expect(readdirSync(join(out, 'powers'))).toHaveLength(34);
    // As published, by shape: 9 characters (a hyphen before the check accepted) are an organisation code, the rest a USCC.
    const byName = new Map(departments.map((d) => [d.name, d]));
    expect(byName.get('区公安分局')).toMatchObject({ uscc: '1151130000877869M' });
    expect(byName.get('区残联')).toMatchObject({ uscc: '11511301452259996u' });
    expect(byName.get('区司法局')).toMatchObject({ orgCode: '00877868-5' });
    expect(byName.get('区教科体局')).toMatchObject({ orgCode: '083372204' });
    expect(byName.get('区人社局')).toMatchObject({ uscc: '1151130108778239R' });
    // The other codes of 区人社局 are named in the report, with their rows.
    const report = readFileSync(join(out, 'import-report.md'), 'utf8');
    expect(report).toMatch(/guangan\.csv:475:F \(实施主体代码\): “区人社局”的实施主体代码在第 475, .* 行写作“1151130108778239R_5143”/);
    expect(result.stdout).toContain('已从 /work/shared/corpus/guangan/guangan.csv 导入 1135 个事项（34 个部门）');

    const lint = await lintJson(out);
    expect(lint.code).toBe(1);
    const usccFindings = lint.diagnostics.filter((d) => d.rule === 'uscc-invalid' || d.rule === 'uscc-case');
    for (const code of ['1151130000877869M', '4588062259066118144', '0087790701', '11511301452259996u', '1151130108778239R']) {
      const finding = usccFindings.find((d) => d.message.includes(code));
      expect(finding, code).toBeDefined();
      expect(finding!.file).toMatch(/^departments\/.+\.yaml$/);
      expect(readFileSync(join(out, finding!.file), 'utf8').split('\n')[finding!.line - 1]!.slice(finding!.column - 1)).toContain(code);
    }
  });

  it('imports the same list to the same bytes every time (ids come from names)', async () => {
    const [a, b] = [join(fresh(), 'a'), join(fresh(), 'b')];
    expect((await runCliHere(['import', GUANGAN, '--out', a])).code).toBe(0);
    expect((await runCliHere(['import', GUANGAN, '--out', b])).code).toBe(0);
    const { 'import-report.md': reportA, ...filesA } = tree(a);
    const { 'import-report.md': reportB, ...filesB } = tree(b);
    expect(filesA).toEqual(filesB);
    expect(reportA!.replaceAll(a, 'OUT')).toBe(reportB!.replaceAll(b, 'OUT'));
  });

  it('reads an Anhui township list: sub-item rows with an empty name, basis blobs, old type names, a row without code, one without name', async () => {
    const out = join(fresh(), 'anhui');
    const result = await runCliHere(['import', join(FIXTURES, 'anhui-township.csv'), '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    const powers = documents(out, 'powers');
    expect(powers).toHaveLength(8);
    const food = powers.find((p) => p.name === '食品经营许可')!;
    expect(food).toMatchObject({
      code: '00013101100Y',
      type: 'licensing',
      subItems: [
        { code: '000131011001', name: '食品经营许可（新办）' },
        { code: '000131011002', name: '食品经营许可（变更）' },
        { code: '000131011003', name: '食品经营许可（延续）', basis: [{ level: 'departmental-rule', title: '食品经营许可和备案管理办法', article: '第二十七条' }] },
      ],
      basis: [
        { level: 'law', title: '中华人民共和国食品安全法', article: '第三十五条第一款', text: '国家对食品生产经营实行许可制度。' },
        { level: 'administrative-regulation', title: '中华人民共和国食品安全法实施条例', article: '第十五条' },
      ],
      responsibilities: [{ stage: '受理' }, { stage: '审查' }, { stage: '决定' }],
      accountability: [{ text: '对符合法定条件的申请不予受理的' }, { text: '对不符合条件的申请人准予许可的' }, { text: '索取或者收受他人财物的。' }],
    });
    expect(powers.map((p) => p.type)).toEqual(['licensing', 'penalty', 'coercion', 'other', 'licensing', 'confirmation', 'levy', undefined]);
    expect(powers.find((p) => p.name === '查封、扣押经营场所')).not.toHaveProperty('code');
    expect(powers.filter((p) => p.name === undefined).map((p) => p.code)).toEqual(['000731003000']);
    expect(result.stdout).toContain('anhui-township.csv:12:B (权力类型): cannot read "乡镇检查": expected a power type');
    expect(result.stdout).toMatch(/anhui-township\.csv:10: this row has no item name/);
    expect(result.stdout).toMatch(/anhui-township\.csv:7: item "查封、扣押经营场所" has no code/);
    expect(readFileSync(join(out, 'powers', readdirSync(join(out, 'powers'))[0]!), 'utf8')).toContain('# 权力类型（原表第 12 行，未能读取）：乡镇检查');
    // The body is named after the list's title, which names the list, not the body.
    expect(documents(out, 'departments').map((d) => d.name)).toEqual(['安徽省某某县某某乡人民政府']);
    const lint = await lintJson(out);
    expect(lint.code).toBe(1);
    const rules = new Set(lint.diagnostics.map((d) => d.rule));
    expect(rules).toContain('schema'); // the missing code, name and type, located at their powers
    expect(lint.diagnostics.filter((d) => d.rule === 'schema').map((d) => d.message)).toEqual(
      expect.arrayContaining([expect.stringContaining('"code"'), expect.stringContaining('"name"'), expect.stringContaining('"type"')]),
    );
  });

  it('gives sub-item rows their own codes, the item its national code, and derives the missing one; a heading row is no item', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'list.csv'), '序号,项目编码,项目名称,子项,权力类型\n一、行政许可,,,,\n1,00013101200Y,某某许可,某某许可（新办）,行政许可\n,000131012002,某某许可,某某许可（变更）,\n');
    const result = await runCliHere(['import', join(dir, 'list.csv'), '--out', join(dir, 'out'), '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'out', 'import-report.md'), 'utf8')).toContain('- list.csv:2: this row holds only "一、行政许可"');
    expect(documents(join(dir, 'out'), 'powers')).toEqual([
      expect.objectContaining({
        code: '00013101200Y',
        subItems: [
          { code: '000131012001', name: '某某许可（新办）' },
          { code: '000131012002', name: '某某许可（变更）' },
        ],
      }),
    ]);
  });

  it('reads a GBK-encoded CSV as it reads the same list in UTF-8', async () => {
    const [utf8, gbk] = [join(fresh(), 'u'), join(fresh(), 'g')];
    expect((await runCliHere(['import', join(FIXTURES, 'anhui-township.csv'), '--out', utf8])).code).toBe(0);
    const result = await runCliHere(['import', join(FIXTURES, 'anhui-township-gbk.csv'), '--out', gbk, '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(tree(join(gbk, 'powers'))).toEqual(tree(join(utf8, 'powers')));
    expect(tree(join(gbk, 'departments'))).toEqual(tree(join(utf8, 'departments')));
    expect(readFileSync(join(gbk, 'import-report.md'), 'utf8')).toContain('GBK/GB18030 编码，已转换');
  });

  it('reads a Guangxi list: codes at the end, responsibilities paired with their own basis column', async () => {
    const out = join(fresh(), 'gx');
    expect((await runCliHere(['import', join(FIXTURES, 'guangxi.csv'), '--out', out])).code).toBe(0);
    const [logging] = documents(out, 'powers');
    expect(logging).toMatchObject({
      name: '采伐许可',
      subItems: [
        { code: '450100-101-01-001-00', name: '林木采伐许可证核发' },
        { code: '450100-101-01-001-01', name: '林木采伐许可证变更' },
      ],
      responsibilities: [
        { stage: '受理', basis: '《中华人民共和国行政许可法》第三十二条' },
        { stage: '审查', basis: '《中华人民共和国行政许可法》第三十四条' },
        { stage: '决定', basis: '《中华人民共和国行政许可法》第三十八条' },
        { stage: '送达', basis: '《中华人民共和国行政许可法》第四十四条' },
      ],
    });
    expect(logging).not.toHaveProperty('code'); // its sub-items have the row codes; the list gives none for the item
    expect(readFileSync(join(out, 'import-report.md'), 'utf8')).toContain('guangxi.csv:2: the sub-item rows have codes of their own, the item has none in the list');
  });

  it('reads an XLSX: the worksheet with the list, a title row, two header rows, merged cells, numbers, dates, links, error values', async () => {
    const dir = fresh();
    const file = join(dir, '权责清单.xlsx');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['本表为某某县某某局权责清单']);
    const sheet = workbook.addWorksheet('清单');
    sheet.addRow(['某某县市场监督管理局权责清单']);
    sheet.mergeCells('A1:N1');
    sheet.addRow(['序号', '事项类型', '事项编码', '事项名称', '子项', '实施主体', '实施主体代码', '办理时限', '', '收费依据及标准', '申请材料', '网办地址', '生效日期', '内部编号']);
    sheet.addRow(['', '', '', '', '', '', '', '法定时限', '承诺时限', '', '', '', '', '']);
    for (const column of 'ABCDEFGJKLMN') sheet.mergeCells(`${column}2:${column}3`);
    sheet.mergeCells('H2:I2');
    sheet.addRow([1, '01', '00013101100Y', '食品经营许可', '食品经营许可（新办）', '某某县市场监督管理局', '11519901MB1E40728Y', '20个工作日', '5个工作日', '不收费', '1.申请书\n2.营业执照复印件', { text: '在线办理', hyperlink: 'https://zwfw.example.org/a' }, new Date(Date.UTC(2024, 0, 1)), 'X-1']);
    sheet.addRow([null, null, null, null, '食品经营许可（变更）']);
    sheet.addRow([2, '行政处罚', 231001000, '对未取得许可经营的处罚', '', null, null, { error: '#N/A' }, '按规定', '', '', '', '', 'X-2']);
    sheet.addRow([3, '行政检查', '000631001000', '食品经营监督检查', '', null, null, '', '', '', '', '', '2024/2/1', 'X-3']);
    sheet.addRow([4, '公共服务']);
    sheet.addRow(['注：本清单以公布的为准。']);
    sheet.mergeCells('A9:N9');
    sheet.mergeCells('A4:A5');
    sheet.mergeCells('B4:B5');
    sheet.mergeCells('C4:C5');
    sheet.mergeCells('D4:D5');
    sheet.mergeCells('F4:F8');
    sheet.mergeCells('G4:G8');
    await workbook.xlsx.writeFile(file);

    const map = await runCliHere(['import', file, '--print-map', '--lang', 'en']);
    expect(map.code).toBe(0);
    expect(map.stdout.split('\n').slice(0, 2)).toEqual([`${file}, worksheet "清单", headers in row 3; its columns would be read so:`, '| A | 序号 | `serial` |']);
    expect(map.stdout).toContain('| H | 法定时限 | `timeLimit.statutory` |');
    expect(map.stdout).toContain('| I | 承诺时限 | `timeLimit.promised` |');
    expect(map.stdout).toContain('| N | 内部编号 | not read (unknown header; map it with --map) |');

    const out = join(dir, 'out');
    const result = await runCliHere(['import', file, '--out', out, '--lang', 'en']);
    expect(result.code).toBe(0);
    const powers = documents(out, 'powers');
    expect(powers).toEqual([
      expect.objectContaining({
        code: '00013101100Y',
        name: '食品经营许可',
        type: 'licensing',
        timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday' } },
        subItems: [{ code: '000131011001', name: '食品经营许可（新办）' }, { code: '000131011002', name: '食品经营许可（变更）' }],
        fees: [],
        guide: { materials: [{ name: '申请书' }, { name: '营业执照复印件' }] },
        online: { url: 'https://zwfw.example.org/a' },
        effective: '2024-01-01',
      }),
      expect.objectContaining({ code: '231001000', type: 'penalty' }),
      expect.objectContaining({ code: '000631001000', effective: '2024-02-01' }),
      expect.objectContaining({ type: 'public-service' }),
    ]);
    expect(powers[1]).not.toHaveProperty('timeLimit');
    expect(documents(out, 'departments')).toEqual([{ kind: 'Department', id: expect.any(String), name: '某某县市场监督管理局', uscc: '11519901MB1E40728Y' }]);
    const shown = (ref: string) => `${file}:${ref}`;
    expect(result.stdout).toContain(`${shown('6:C (事项编码)')}: this cell is stored as a number in Excel (231001000)`);
    expect(result.stdout).toContain(`${shown('6:H (法定时限)')}: the cell holds an error value (#N/A)`);
    expect(result.stdout).toContain(`${shown('6:I (承诺时限)')}: cannot read "按规定": expected a time limit`);
    expect(result.stdout).toContain(`${shown('8')}: this row has no item name`);
    expect(readFileSync(join(out, 'import-report.md'), 'utf8')).toContain(`- ${basename(file)}:9: this row holds only "注：本清单以公布的为准。" (one merged cell, or the 序号 column alone): read as a heading or a note, not as an item`);
  });

  it('reads headers it does not know through --map, with other spellings of types', async () => {
    const dir = fresh();
    const list = join(dir, 'list.csv');
    writeFileSync(list, '权力事项,类别,代码,责任处室\n对某某的处罚,03,A-1,执法大队\n某某许可,01,A-2,审批科\n');
    writeFileSync(join(dir, 'map.yaml'), '权力事项: name\n代码: code\n责任处室: undertaker\n类别: type\ntypes:\n  "03": penalty\n');
    const out = join(dir, 'out');
    expect((await runCliHere(['import', list, '--out', out, '--map', join(dir, 'map.yaml')])).code).toBe(0);
    expect(documents(out, 'powers').map((p) => [p.name, p.type, p.code])).toEqual([
      ['对某某的处罚', 'penalty', 'A-1'],
      ['某某许可', 'licensing', 'A-2'],
    ]);
    const departments = documents(out, 'departments');
    expect(departments.filter((d) => d.unit).map((d) => [d.name, d.parent])).toEqual([
      ['执法大队', 'list'],
      ['审批科', 'list'],
    ]);
    writeFileSync(join(dir, 'bad.yaml'), '权力事项: nmae\n');
    const bad = await runCliHere(['import', list, '--out', join(dir, 'bad'), '--map', join(dir, 'bad.yaml'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`powercat: --map ${join(dir, 'bad.yaml')}: "nmae" for column "权力事项" is not a field the importer fills; did you mean name? (the fields are listed in docs/import.md)\n`);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
  });
});

describe('powercat import refuses what it cannot read, and never leaves half a catalogue', { timeout: 120_000 }, () => {
  const refused = async (args: string[]) => {
    const result = await runCliHere(['import', ...args, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    return result.stderr;
  };

  it('an existing --out that is not empty, unless --force; with --force it is replaced whole', async () => {
    const out = join(fresh(), 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    expect(await refused([join(FIXTURES, 'guangxi.csv'), '--out', out])).toContain('is not empty; nothing was written');
    expect(tree(out)).toEqual({ 'mine.txt': 'keep me' });
    expect((await runCliHere(['import', join(FIXTURES, 'guangxi.csv'), '--out', out, '--force'])).code).toBe(0);
    expect(existsSync(join(out, 'mine.txt'))).toBe(false);
    expect(existsSync(join(out, 'powercat.yaml'))).toBe(true);
    expect(readdirSync(join(out, '..'))).toEqual(['out']); // no staging or previous folder left beside it
  });

  it('an --out that holds the list, or lies inside a catalogue', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'list.csv'), readFileSync(join(FIXTURES, 'guangxi.csv')));
    expect(await refused([join(dir, 'list.csv'), '--out', dir, '--force'])).toContain('holds');
    expect(await refused([join(FIXTURES, 'guangxi.csv'), '--out', join(REPO, 'examples/qingshui/imported')])).toContain('is inside the catalogue at');
  });

  it('files that are no list: .xls, binary, no header, no rows, broken quotes', async () => {
    const dir = fresh();
    const write = (name: string, content: string | Uint8Array) => (writeFileSync(join(dir, name), content), join(dir, name));
    expect(await refused([write('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), '--out', join(dir, 'a')])).toContain('Excel 97–2003 workbook (.xls)');
    expect(await refused([write('junk.csv', new Uint8Array([0x41, 0x00, 0xff, 0xfe, 0x00])), '--out', join(dir, 'b')])).toContain('neither UTF-8 nor GBK');
    expect(await refused([write('plain.csv', 'a,b,c\n1,2,3\n'), '--out', join(dir, 'c')])).toContain('has no header row with a name column');
    expect(await refused([write('empty.csv', '事项名称,事项编码\n'), '--out', join(dir, 'd')])).toContain('has no items below its header row (row 1)');
    expect(await refused([write('quotes.csv', '事项名称,事项编码\n"某某许可,1\n'), '--out', join(dir, 'e')])).toMatch(/quotes\.csv(:\d+)? cannot be read as CSV/);
    expect(await refused([join(FIXTURES, 'guangxi.csv')])).toBe('powercat: missing --out: give the folder to write the catalogue into\n');
    expect(await refused([join(dir, 'nothing.csv'), '--out', join(dir, 'f')])).toContain('does not exist');
    expect(await refused([join(FIXTURES, 'guangxi.csv'), '--out', join(dir, 'g'), '--sheet', '部门'])).toContain('has no worksheet named "部门"');
    for (const name of 'abcdefg') expect(existsSync(join(dir, name))).toBe(false);
  });
});
