import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WITHHOLDABLE_FIELDS } from '../../src/format/power-fields.js';
import { BASIS_LEVEL, HANDLING_FORM, POWER_TYPE, SERVICE_OBJECT, SOURCE_KIND, TIME_UNIT, type BasisLevel, type TimeUnit } from '../../src/format/vocabulary.js';
import { parseBasisBlob, levelOfTitle } from '../../src/import/basis-blob.js';
import { parseHandling, parseServiceObjects, parseSource, parseWithheld, parseDate, parseLevels, parseYesNo } from '../../src/import/cell-values.js';
import { parseAccountability, parseFees, parseResponsibilities } from '../../src/import/duty-text.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_HEADERS, knownHeader } from '../../src/import/headers.js';
import { REPO } from '../helpers/catalogue.js';
import { chineseNumber, splitItems, splitNumbered } from '../../src/import/list-text.js';
import { subItemsInCell } from '../../src/import/rows-to-powers.js';
import { parseTimeLimit } from '../../src/import/time-limit-text.js';
import { typeAliases, typeOf } from '../../src/import/type-aliases.js';
import { DEPARTMENT_SHEET_HEADERS } from '../../src/import/departments.js';
import { parseHandlingItems, parseHistory } from '../../src/import/change-text.js';
import { departmentColumns, POWER_COLUMNS, powerRow } from '../../src/site/exports/columns.js';
import type { PublicPower } from '../../src/site/public-data.js';

/*
 * The importer's text parsers are the inverses of the export's renderers (columns.ts): a value
 * rendered into its cell by powerRow and parsed back is the value again. Real lists' spellings
 * are checked beside them.
 */

const BASE: PublicPower = {
  code: '000123001000',
  name: '某某许可',
  type: 'licensing',
  department: { id: 'market', name: '某某局' },
  path: 'powers/000123001000.html',
  public: true,
  withheld: [],
  flowcharts: {},
};

/** The cell the export writes for `header` of a power with `fields`. */
function cell(header: string, fields: Partial<PublicPower>): string {
  const index = POWER_COLUMNS.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no export column ${header}`);
  return powerRow({ ...BASE, ...fields })[index]!;
}

/**
 * Text as catalogues hold it: Chinese and ASCII words with the punctuation of lists, trimmed, never
 * empty. Never a number right after a line break, `。`, `；` or `：` — in a list cell that starts the
 * next item (`1.甲。2.乙`), which a text cannot tell apart.
 */
const words = (options: { maxLength?: number; newlines?: boolean } = {}) =>
  fc
    .array(fc.constantFrom(...'依法受理审查决定送达许可证申请材料不予行政机关公民ABC12，、。；（）“”《》: -'.split(''), ...(options.newlines ? ['\n'] : [])), { minLength: 1, maxLength: options.maxLength ?? 24 })
    .map((chars) => chars.join('').trim())
    .filter((t) => t !== '' && !/(?:^|[\n。；：:])\s*[（(]?\d/.test(t));
const plain = (maxLength = 16) => words({ maxLength }).map((t) => t.replace(/[《》（）：；:\n]/g, '')).filter((t) => t !== '' && t === t.trim());

describe('time limits read back what the export writes', () => {
  it('value, unit and note', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 1, max: 999 }), fc.constantFrom(0.5, 1.5, 2.25)),
        fc.constantFrom(...(Object.keys(TIME_UNIT) as TimeUnit[])),
        fc.option(words(), { nil: undefined }),
        (value, unit, note) => {
          const limit = note === undefined ? { value, unit } : { value, unit, note };
          expect(parseTimeLimit(cell('法定时限', { timeLimit: { statutory: limit } }))).toEqual({ kind: 'limit', limit });
          expect(parseTimeLimit(cell('承诺时限', { timeLimit: { promised: limit } }))).toEqual({ kind: 'limit', limit });
        },
      ),
    );
  });

  it('none and immediate', () => {
    expect(parseTimeLimit(cell('法定时限', { timeLimit: { statutory: 'none' } }))).toEqual({ kind: 'none' });
    expect(parseTimeLimit(cell('承诺时限', { timeLimit: { promised: 'none' } }))).toEqual({ kind: 'none' });
    // The export marks an immediate item in its own column (即办件: 是) and leaves 承诺时限 empty.
    expect(parseYesNo(cell('即办件', { timeLimit: { immediate: true } }))).toBe(true);
    expect(cell('承诺时限', { timeLimit: { immediate: true } })).toBe('');
    expect(parseTimeLimit('即办件')?.kind).toBe('immediate');
  });

  it('as real lists write them', () => {
    expect(parseTimeLimit('20个工作日')).toEqual({ kind: 'limit', limit: { value: 20, unit: 'workday' } });
    expect(parseTimeLimit('二十个工作日')).toEqual({ kind: 'limit', limit: { value: 20, unit: 'workday' } });
    expect(parseTimeLimit('３个月')).toBeUndefined(); // full-width digits are not read as a number …
    expect(parseTimeLimit('3个月')).toEqual({ kind: 'limit', limit: { value: 3, unit: 'month' } });
    expect(parseTimeLimit('四十五日')).toEqual({ kind: 'limit', limit: { value: 45, unit: 'day' } });
    expect(parseTimeLimit('20个工作日(不含听证时间)')).toEqual({ kind: 'limit', limit: { value: 20, unit: 'workday', note: '不含听证时间' } });
    expect(parseTimeLimit('自受理之日起20个工作日内作出决定')).toEqual({ kind: 'limit', limit: { value: 20, unit: 'workday', note: '自受理之日起20个工作日内作出决定' } });
    expect(parseTimeLimit('即办')).toEqual({ kind: 'immediate' });
    expect(parseTimeLimit('当场办结')).toEqual({ kind: 'immediate' });
    expect(parseTimeLimit('0')).toBeUndefined();
    expect(parseTimeLimit('0', 'workday')).toEqual({ kind: 'immediate' });
    expect(parseTimeLimit('15', 'day')).toEqual({ kind: 'limit', limit: { value: 15, unit: 'day' } });
    expect(parseTimeLimit('无')).toEqual({ kind: 'none' });
    expect(parseTimeLimit('按规定办理')).toBeUndefined();
    expect(chineseNumber('一百八十')).toBe(180);
    expect(chineseNumber('十五')).toBe(15);
  });
});

const level = fc.constantFrom(...(Object.keys(BASIS_LEVEL) as BasisLevel[]));
const basisEntry = fc.record(
  {
    level,
    title: plain(20),
    article: fc.oneof(fc.constantFrom('第十二条', '第三十五条第一款', '第十二条第（一）项', '第三十条、第三十二条', '第2条'), plain(6).map((t) => `第${t}条`)),
    text: words({ newlines: true }),
  },
  { requiredKeys: ['level', 'title'] },
);

describe('basis entries read back what the export writes', () => {
  it('title, article, level and text of each entry, in order', () => {
    fc.assert(
      fc.property(fc.array(basisEntry, { minLength: 1, maxLength: 4 }), (entries) => {
        const published = entries.map((e) => ({ ...e, role: 'implementing' as const }));
        expect(parseBasisBlob(cell('实施依据', { basis: published }), 'implementing').entries).toEqual(entries);
      }),
    );
  });

  it('blobs as real lists write them: level tags, numbered entries, one 《》 after another', () => {
    const tagged = parseBasisBlob('【法律】《中华人民共和国行政许可法》第二十九条 公民应当提出申请。【地方性法规】《四川省某某条例》第五条', 'setting');
    expect(tagged).toEqual({
      entries: [
        { level: 'law', title: '中华人民共和国行政许可法', article: '第二十九条', text: '公民应当提出申请。', role: 'setting' },
        { level: 'local-regulation', title: '四川省某某条例', article: '第五条', role: 'setting' },
      ],
      guessed: 0,
      untitled: 0,
    });
    const numbered = parseBasisBlob('实施依据：\n1.《中华人民共和国森林法》第五十六条：采伐林木应当申请许可。\n2.依据《中华人民共和国森林法实施条例》第三十二条', 'implementing');
    expect(numbered.entries).toEqual([
      { level: 'law', title: '中华人民共和国森林法', article: '第五十六条', text: '采伐林木应当申请许可。' },
      { level: 'administrative-regulation', title: '中华人民共和国森林法实施条例', article: '第三十二条' },
    ]);
    expect(numbered.guessed).toBe(2);
    expect(parseBasisBlob('《中华人民共和国道路运输条例》第十条、第十一条；《道路旅客运输及客运站管理规定》', 'implementing').entries).toEqual([
      { level: 'administrative-regulation', title: '中华人民共和国道路运输条例', article: '第十条、第十一条' },
      { level: 'rule', title: '道路旅客运输及客运站管理规定' },
    ]);
    expect(parseBasisBlob('根据有关规定', 'implementing')).toEqual({ entries: [{ level: 'other', title: '根据有关规定' }], guessed: 0, untitled: 1 });
  });

  it('guesses levels from titles only where the title says it', () => {
    expect(levelOfTitle('中华人民共和国食品安全法')).toBe('law');
    expect(levelOfTitle('食品经营许可和备案管理办法')).toBe('rule');
    expect(levelOfTitle('四川省食品小作坊管理条例')).toBe('local-regulation');
    expect(levelOfTitle('中华人民共和国道路运输条例')).toBe('administrative-regulation');
    expect(levelOfTitle('国务院对确需保留的行政审批项目设定行政许可的决定')).toBe('state-council-decision');
    expect(levelOfTitle('关于进一步做好某某工作的通知')).toBe('normative-document');
    expect(levelOfTitle('某某手册')).toBe('other');
  });
});

describe('numbered lists read back what the export writes', () => {
  const stage = plain(6).filter((s) => !s.endsWith('责任') && !/[,，、。“”]/.test(s));
  it('responsibilities: stage, text and basis', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ stage, text: words({ newlines: true }), basis: plain(12) }, { requiredKeys: ['stage', 'text'] }), { minLength: 1, maxLength: 4 }), (responsibilities) => {
        expect(parseResponsibilities(cell('责任事项', { responsibilities }))).toEqual({ entries: responsibilities, withoutStage: 0 });
      }),
    );
  });

  it('accountability: text and basis', () => {
    // A basis that begins like a list number is the basis, not the next item.
    expect(parseAccountability(cell('追责情形', { accountability: [{ text: '依', basis: '2、' }, { text: '依' }] }))).toEqual([{ text: '依', basis: '2、' }, { text: '依' }]);
    fc.assert(
      fc.property(fc.array(fc.record({ text: words({ newlines: true }).filter((t) => !t.endsWith('）')), basis: plain(12) }, { requiredKeys: ['text'] }), { minLength: 1, maxLength: 4 }), (accountability) => {
        expect(parseAccountability(cell('追责情形', { accountability }))).toEqual(accountability);
      }),
    );
  });

  it('fees, and 不收费 as no fees', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: plain(8).filter((t) => !/[,，]/.test(t)), standard: words(), basis: plain(12) }), { minLength: 1, maxLength: 3 }), (fees) => {
        expect(parseFees(cell('收费', { fees }))).toEqual({ fees });
      }),
    );
    expect(parseFees(cell('收费', { fees: [] }))).toEqual({ fees: [] });
    expect(parseFees('工本费：每证10元，依据《某某收费标准》')).toEqual({ fees: [{ name: '工本费', standard: '每证10元，依据《某某收费标准》', basis: '《某某收费标准》' }] });
    expect(parseFees('按规定收取')).toEqual({ fees: [{ name: '收费', standard: '按规定收取' }] });
  });

  it('responsibilities as real lists write them', () => {
    expect(parseResponsibilities('1.受理责任：依法受理。2.审查责任：审查材料。', '1.《行政许可法》第三十二条\n2.《行政许可法》第三十四条')).toEqual({
      entries: [
        { stage: '受理', text: '依法受理。', basis: '《行政许可法》第三十二条' },
        { stage: '审查', text: '审查材料。', basis: '《行政许可法》第三十四条' },
      ],
      withoutStage: 0,
    });
    expect(parseResponsibilities('依法受理并审查').withoutStage).toBe(1);
    expect(splitNumbered('（1）甲；（2）乙；（3）丙')?.items).toEqual(['甲', '乙', '丙']);
    expect(splitNumbered('①甲②乙')).toEqual({ items: ['甲②乙'] }); // ② does not start a sentence
    expect(splitItems('有下列情形之一的：1.甲；2.乙')).toEqual(['甲', '乙']);
    expect(splitItems('甲；乙\n丙')).toEqual(['甲', '乙', '丙']);
    expect(splitNumbered('第1.2条')).toBeUndefined();
  });
});

describe('vocabulary cells read back what the export writes', () => {
  it('service objects, handling forms, source, withheld fields', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...Object.keys(SERVICE_OBJECT)), { minLength: 1 }),
        fc.uniqueArray(fc.constantFrom(...Object.keys(HANDLING_FORM)), { minLength: 1 }),
        (serviceObjects, handling) => {
          expect(parseServiceObjects(cell('服务对象', { serviceObjects }))).toEqual(serviceObjects);
          expect(parseHandling(cell('办理形式', { handling }))).toEqual(handling);
        },
      ),
    );
    for (const kind of Object.keys(SOURCE_KIND)) {
      expect(parseSource(cell('权力来源', { source: { kind } }))).toEqual({ kind });
      expect(parseSource(cell('权力来源', { source: { kind, from: '市市场监督管理局', basis: '市政府令第 1 号' } }))).toEqual({ kind, from: '市市场监督管理局', basis: '市政府令第 1 号' });
    }
    expect(parseWithheld(cell('不予公开的内容', { withheld: [...WITHHOLDABLE_FIELDS] }))).toEqual(WITHHOLDABLE_FIELDS);
  });

  it('sub-items: code, name and a note', () => {
    const subItems = [
      { code: '000131011001', name: '食品经营许可（新办）' },
      { code: '000711002002', name: '内地居民离婚登记', note: '自婚姻登记机关收到离婚登记申请之日起三十日内为离婚冷静期' },
    ];
    expect(subItemsInCell(cell('子项', { subItems }))).toEqual(subItems);
    expect(subItemsInCell('林木采伐许可证核发')).toEqual([{ name: '林木采伐许可证核发' }]);
  });

  it('types through the alias table: national codes, names old and new, Sichuan letters', () => {
    const aliases = typeAliases({ '03': 'penalty' });
    for (const [type, term] of Object.entries(POWER_TYPE)) {
      expect(typeOf(term.zh, typeAliases())).toBe(type);
      expect(typeOf(term.code, typeAliases())).toBe(type);
      expect(typeOf(String(Number(term.code)), typeAliases())).toBe(type);
    }
    expect(['1A', '1b', '1I', '1Z', '99', '行政审批', '行政监督', '审核转报', '其他职权', '许可类', ' 行政 处罚 '].map((t) => typeOf(t, typeAliases()))).toEqual([
      'licensing', 'penalty', 'inspection', 'other', 'other', 'licensing', 'inspection', 'other', 'other', 'licensing', 'penalty',
    ]);
    expect(typeOf('03', aliases)).toBe('penalty');
    expect(typeOf('乡镇检查', aliases)).toBeUndefined();
  });

  it('dates and levels', () => {
    expect(['2024-01-02', '2024/1/2', '2024.1.2', '2024年1月2日', '2024-02-30'].map(parseDate)).toEqual(['2024-01-02', '2024-01-02', '2024-01-02', '2024-01-02', undefined]);
    expect(parseLevels('县级；乡镇（街道）')).toEqual([4, 5]);
    expect(parseLevels('4')).toEqual([4]);
  });
});

// The v2 columns are written by another branch's columns.ts; these are its renderings, by hand.
describe('format v2 columns as the export writes them', () => {
  it('业务办理项: code, name, kind, sub-item, limits, link and note', () => {
    expect(
      parseHandlingItems(
        '1. 00013101100101 食品经营许可（新办）（新设），所属子项：000131011001，法定时限：20 个工作日，承诺时限：5 个工作日（不含现场核查，专家评审），网上办理：https://zwfw.example.org/a，备注：仅限个体，含分店\n2. 00013101100Y01 变更登记（变更），法定时限：无法定时限，即办件',
      ),
    ).toEqual([
      {
        code: '00013101100101',
        name: '食品经营许可（新办）',
        kind: 'new',
        subItem: '000131011001',
        timeLimit: { statutory: { value: 20, unit: 'workday' }, promised: { value: 5, unit: 'workday', note: '不含现场核查，专家评审' } },
        online: { url: 'https://zwfw.example.org/a' },
        note: '仅限个体，含分店',
      },
      { code: '00013101100Y01', name: '变更登记', kind: 'change', timeLimit: { statutory: 'none', immediate: true } },
    ]);
    expect(parseHandlingItems('办理')).toBeUndefined();
  });

  it('调整记录: date, action, basis, earlier codes and note', () => {
    expect(parseHistory('1. 2023-01-01 新增，调整依据：某政发〔2023〕1号\n2. 2024-06-01 合并，调整依据：某政发〔2024〕2号，附件一，原事项编码：000131011000；000131012000，备注：两项合并')).toEqual([
      { date: '2023-01-01', action: 'added', basis: '某政发〔2023〕1号' },
      { date: '2024-06-01', action: 'merged', basis: '某政发〔2024〕2号，附件一', from: ['000131011000', '000131012000'], note: '两项合并' },
    ]);
    expect(parseHistory('2024年调整')).toBeUndefined();
  });
});

describe('the importer knows the export', () => {
  it('every column of the export is a header it reads, except those it cannot', () => {
    // 廉政风险点 name steps of processes, which no column carries: they cannot be read back.
    const notImported = ['廉政风险点'];
    const unknown = POWER_COLUMNS.map((c) => c.header).filter((h) => knownHeader(h) === undefined && !notImported.includes(h));
    expect(unknown).toEqual([]);
  });

  it('every column of the export\'s 部门 sheet', () => {
    const headers = departmentColumns({ id: 'c', name: 'c', site: { title: 'c' }, departments: [], powers: [] }).map((c) => c.header);
    expect(headers.filter((h) => !(h in DEPARTMENT_SHEET_HEADERS))).toEqual([]);
  });
});

describe('docs/import.md', () => {
  it('names every header the importer knows, and every field it fills', () => {
    const docs = readFileSync(join(REPO, 'docs/import.md'), 'utf8');
    const headers = Object.values(FIELD_HEADERS).flat();
    expect(headers.filter((header) => !docs.includes(header))).toEqual([]);
    expect(Object.keys(FIELD_HEADERS).filter((field) => !docs.includes(`\`${field}\``))).toEqual([]);
  });
});
