import { withheldLabel } from '../../format/power-fields.js';
import { timeAmount } from '../../format/time-amount.js';
import {
  BASIS_LEVEL,
  DEPARTMENT_NATURE,
  EXERCISE_LEVEL,
  HANDLING_FORM,
  HANDLING_ITEM_KIND,
  HISTORY_ACTION,
  MATERIAL_FORM,
  ONLINE_DEPTH,
  POWER_STATUS,
  POWER_TYPE,
  RESULT_KIND,
  RISK_LEVEL,
  SERVICE_OBJECT,
  SOURCE_KIND,
  zhLabel,
} from '../../format/vocabulary.js';
import { bookTitle } from '../pages/common.js';
import type { PublicBasis, PublicCatalogue, PublicDepartment, PublicGuide, PublicHandlingItem, PublicLimitValue, PublicPower, PublicSubItem } from '../public-data.js';

/*
 * The columns of the tabular exports (catalogue.csv and the XLSX sheets), defined once so the CSV
 * and the XLSX can never drift apart. Every value comes from the public data (public-data.ts);
 * a power with `public: false` fills only the columns marked `alwaysPublic`.
 * docs/open-data.md describes these columns: change both together.
 */

export interface Column<T> {
  /** The Chinese header written in the first row. */
  header: string;
  /** XLSX column width, in characters (a CJK character counts about 2). */
  width: number;
  /** Multi-line content: the XLSX cell wraps and aligns to the top. */
  wrap?: boolean;
  /** Filled for a power with `public: false` too (FORMAT §4: code, name, type, department, reason, basis). */
  alwaysPublic?: boolean;
  value: (item: T) => string | undefined;
}

/** Joins short lists (服务对象, 办理形式, 共同实施部门) inside one cell. */
export const LIST_SEPARATOR = '；';

/** Longer lists (依据, 责任事项 …): one numbered item per line inside the cell (`1. …\n2. …`). */
function numbered(items: readonly string[] | undefined): string | undefined {
  if (items === undefined || items.length === 0) return undefined;
  return items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

const joined = (items: readonly string[] | undefined): string | undefined =>
  items === undefined || items.length === 0 ? undefined : items.join(LIST_SEPARATOR);

/** `（依据：…）` when there is a basis. */
const basisNote = (basis: string | undefined) => (basis === undefined || basis === '' ? '' : `（依据：${basis}）`);

function disclosureLabel(power: PublicPower): string {
  if (!power.public) return '不予公开';
  return power.exception !== undefined ? '部分公开' : '公开';
}

function fees(power: PublicPower): string | undefined {
  if (power.fees === undefined) return undefined;
  if (power.fees.length === 0) return '不收费';
  return numbered(power.fees.map((f) => `${f.name}：${f.standard}${basisNote(f.basis)}`));
}

function risk(r: NonNullable<PublicPower['risks']>[number]): string {
  const level = `${zhLabel(RISK_LEVEL, r.level)}风险`;
  const parts = [r.stepName !== undefined ? `${r.stepName}（${level}）` : level];
  if (r.points.length > 0) parts.push(`风险点：${r.points.join(LIST_SEPARATOR)}`);
  if (r.controls.length > 0) parts.push(`防控措施：${r.controls.join(LIST_SEPARATOR)}`);
  if (r.owner !== undefined) parts.push(`责任岗位：${r.owner}`);
  return parts.join('，');
}

function source(s: NonNullable<PublicPower['source']>): string {
  const details = [s.from !== undefined ? `来源：${s.from}` : undefined, s.basis !== undefined ? `依据：${s.basis}` : undefined].filter(
    (d): d is string => d !== undefined,
  );
  return `${zhLabel(SOURCE_KIND, s.kind)}${details.length > 0 ? `（${details.join(LIST_SEPARATOR)}）` : ''}`;
}

/** `20 个工作日（不含听证时间）`, `无法定时限`. */
function limitText(value: PublicLimitValue | undefined, none: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return none;
  return `${timeAmount(value.value, value.unit).zh}${value.note !== undefined ? `（${value.note}）` : ''}`;
}

/** Labelled parts of one list item (`名称，形式：原件，份数：2`), the way 廉政风险点 are written. */
const parts = (...items: (string | undefined | false)[]) => items.filter((item): item is string => typeof item === 'string' && item !== '').join('，');

function basisLine(b: PublicBasis): string {
  return `${bookTitle(b.title)}${b.article ?? ''}（${zhLabel(BASIS_LEVEL, b.level)}）${b.text !== undefined ? `：${b.text}` : ''}`;
}

/** 设定依据 or 实施依据 (an entry without a role implements, FORMAT §2). */
const basisOf = (p: PublicPower, setting: boolean) => numbered(p.basis?.filter((b) => (b.role === 'setting') === setting).map(basisLine));

function handlingItem(item: PublicHandlingItem, subItem: PublicSubItem | undefined): string {
  const limit = item.timeLimit;
  return parts(
    `${item.code} ${item.name}${item.kind !== undefined ? `（${zhLabel(HANDLING_ITEM_KIND, item.kind)}）` : ''}`,
    subItem && `所属子项：${subItem.code}`,
    limit?.statutory !== undefined && `法定时限：${limitText(limit.statutory, '无法定时限')}`,
    limit?.immediate ? '即办件' : limit?.promised !== undefined && `承诺时限：${limitText(limit.promised, '无承诺时限')}`,
    item.online && `网上办理：${item.online}`,
    item.note && `备注：${item.note}`,
  );
}

function handlingItems(p: PublicPower): string | undefined {
  const own = (p.handlingItems ?? []).map((item) => handlingItem(item, undefined));
  const ofSubItems = (p.subItems ?? []).flatMap((s) => (s.handlingItems ?? []).map((item) => handlingItem(item, s)));
  return numbered([...own, ...ofSubItems]);
}

type Material = NonNullable<PublicGuide['materials']>[number];
function material(m: Material): string {
  return parts(
    m.name,
    m.form && `形式：${zhLabel(MATERIAL_FORM, m.form)}`,
    m.copies !== undefined && `份数：${m.copies}`,
    m.required ? '必需' : '非必需（容缺）',
    m.source && `来源：${m.source}`,
    m.note && `说明：${m.note}`,
    m.sample && `样表：${m.sample}`,
  );
}

/** The service guide's columns: every key of `guide`, one column each. */
const guideColumn = (header: string, width: number, value: (g: PublicGuide) => string | undefined, wrap = false): Column<PublicPower> => ({
  header,
  width,
  wrap,
  value: (p) => (p.guide === undefined ? undefined : value(p.guide)),
});

/** One row per power, in this order. */
export const POWER_COLUMNS: readonly Column<PublicPower>[] = [
  { header: '权力编码', width: 22, alwaysPublic: true, value: (p) => p.code },
  { header: '权力名称', width: 40, wrap: true, alwaysPublic: true, value: (p) => p.name },
  { header: '权力类型', width: 12, alwaysPublic: true, value: (p) => POWER_TYPE[p.type].zh },
  { header: '实施主体', width: 28, alwaysPublic: true, value: (p) => p.department.name },
  { header: '实施主体统一社会信用代码', width: 22, alwaysPublic: true, value: (p) => p.department.uscc },
  { header: '行使层级', width: 12, value: (p) => joined(p.level?.map((l) => zhLabel(EXERCISE_LEVEL, l))) },
  { header: '承办机构', width: 28, value: (p) => p.undertaker?.name },
  { header: '共同实施部门', width: 28, wrap: true, value: (p) => joined(p.jointWith?.map((d) => d.name)) },
  { header: '权力来源', width: 20, wrap: true, value: (p) => p.source && source(p.source) },
  { header: '设定依据', width: 50, wrap: true, value: (p) => basisOf(p, true) },
  { header: '实施依据', width: 50, wrap: true, value: (p) => basisOf(p, false) },
  { header: '子项', width: 40, wrap: true, value: (p) => numbered(p.subItems?.map((s) => `${s.code} ${s.name}${s.note !== undefined ? `（${s.note}）` : ''}`)) },
  { header: '业务办理项', width: 50, wrap: true, value: handlingItems },
  { header: '法定时限', width: 16, value: (p) => limitText(p.timeLimit?.statutory, '无法定时限') },
  { header: '承诺时限', width: 16, value: (p) => limitText(p.timeLimit?.promised, '无承诺时限') },
  { header: '即办件', width: 8, value: (p) => (p.timeLimit?.immediate ? '是' : undefined) },
  { header: '收费', width: 30, wrap: true, value: fees },
  { header: '服务对象', width: 20, wrap: true, value: (p) => joined(p.serviceObjects?.map((v) => zhLabel(SERVICE_OBJECT, v))) },
  { header: '办理形式', width: 20, wrap: true, value: (p) => joined(p.handling?.map((v) => zhLabel(HANDLING_FORM, v))) },
  { header: '网上办理地址', width: 30, value: (p) => p.online },
  guideColumn('受理条件', 40, (g) => numbered(g.conditions), true),
  guideColumn('申请材料', 50, (g) => numbered(g.materials?.map(material)), true),
  guideColumn('办理地点', 30, (g) => g.place, true),
  guideColumn('办理时间', 24, (g) => g.hours, true),
  guideColumn('到现场次数', 10, (g) => g.visits?.toString()),
  guideColumn('网上办理深度', 16, (g) => g.onlineDepth && zhLabel(ONLINE_DEPTH, g.onlineDepth)),
  guideColumn('办事指南网址', 30, (g) => g.url),
  guideColumn('办理结果', 30, (g) => numbered(g.results?.map((r) => `${r.name}${r.kind !== undefined ? `（${zhLabel(RESULT_KIND, r.kind)}）` : ''}`)), true),
  guideColumn('数量限制', 20, (g) => g.quantityLimit, true),
  guideColumn('中介服务', 30, (g) => numbered(g.intermediaries?.map((m) => `${m.name}${basisNote(m.basis)}`)), true),
  guideColumn(
    '特别程序',
    30,
    (g) => numbered(g.specialProcedures?.map((s) => parts(s.name, s.limit && `所需时间：${timeAmount(s.limit.value, s.limit.unit).zh}`, s.note && `说明：${s.note}`))),
    true,
  ),
  { header: '责任事项', width: 50, wrap: true, value: (p) => numbered(p.responsibilities?.map((r) => `${r.stage}：${r.text}${basisNote(r.basis)}`)) },
  { header: '追责情形', width: 50, wrap: true, value: (p) => numbered(p.accountability?.map((a) => `${a.text}${basisNote(a.basis)}`)) },
  { header: '裁量基准', width: 40, wrap: true, value: (p) => p.discretion },
  { header: '廉政风险点', width: 40, wrap: true, value: (p) => numbered(p.risks?.map(risk)) },
  { header: '咨询电话', width: 16, value: (p) => p.contact?.phone ?? p.department.phone },
  { header: '监督电话', width: 16, value: (p) => p.contact?.supervisionPhone ?? p.department.supervisionPhone },
  { header: '状态', width: 10, value: (p) => p.status && POWER_STATUS[p.status].zh },
  { header: '取消日期', width: 12, value: (p) => p.abolishedOn },
  { header: '取消理由', width: 30, wrap: true, value: (p) => p.reason },
  { header: '生效日期', width: 12, value: (p) => p.effective },
  { header: '备注', width: 30, wrap: true, value: (p) => p.note },
  {
    header: '调整记录',
    width: 50,
    wrap: true,
    value: (p) =>
      numbered(
        p.history?.map((h) =>
          parts(
            `${h.date} ${zhLabel(HISTORY_ACTION, h.action)}`,
            h.basis && `调整依据：${h.basis}`,
            h.from !== undefined && h.from.length > 0 && `原事项编码：${h.from.join(LIST_SEPARATOR)}`,
            h.note && `备注：${h.note}`,
          ),
        ),
      ),
  },
  { header: '取代的事项编码', width: 22, wrap: true, value: (p) => joined(p.supersedes) },
  { header: '上级目录事项编码', width: 22, value: (p) => p.upstream?.code },
  { header: '上级目录', width: 14, value: (p) => p.upstream?.list },
  { header: '公开情况', width: 10, alwaysPublic: true, value: disclosureLabel },
  { header: '不予公开的内容', width: 30, wrap: true, alwaysPublic: true, value: (p) => joined(p.withheld.map((f) => withheldLabel(f).zh)) },
  { header: '不予公开理由', width: 30, wrap: true, alwaysPublic: true, value: (p) => p.exception?.reason },
  { header: '不予公开依据', width: 30, wrap: true, alwaysPublic: true, value: (p) => p.exception?.basis },
];

/** The "部门" sheet of the XLSX: one row per department that has powers in the catalogue. */
export function departmentColumns(catalogue: PublicCatalogue): readonly Column<PublicDepartment>[] {
  const nameOf = new Map(catalogue.departments.map((d) => [d.id, d.name]));
  return [
    { header: '部门标识', width: 20, value: (d) => d.id },
    { header: '部门名称', width: 36, wrap: true, value: (d) => d.name },
    { header: '实施主体性质', width: 14, value: (d) => d.nature && zhLabel(DEPARTMENT_NATURE, d.nature) },
    { header: '统一社会信用代码', width: 22, value: (d) => d.uscc },
    { header: '组织机构代码', width: 14, value: (d) => d.orgCode },
    { header: '上级部门', width: 28, value: (d) => d.parent && (nameOf.get(d.parent) ?? d.parent) },
    { header: '咨询电话', width: 16, value: (d) => d.phone },
    { header: '监督电话', width: 16, value: (d) => d.supervisionPhone },
    { header: '地址', width: 40, wrap: true, value: (d) => d.address },
  ];
}

/** Excel's limit on the characters of one cell; a longer cell makes Excel repair the file. */
export const CELL_LIMIT = 32_767;
export const TRUNCATED = '……（内容超出电子表格单元格的长度上限，全文见 catalogue.json）';

/**
 * The text of one cell, the same in CSV and XLSX: line breaks become LF, characters that XML 1.0
 * cannot carry (C0 controls other than tab and LF, U+FFFE/U+FFFF, lone surrogates) are dropped,
 * and text over Excel's cell limit is cut with a note pointing to the JSON.
 */
export function cellText(value: string | undefined): string {
  if (value === undefined) return '';
  let text = value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  if (text.length > CELL_LIMIT) {
    let cut = CELL_LIMIT - TRUNCATED.length;
    if (/[\uD800-\uDBFF]/.test(text[cut - 1] ?? '')) cut--; // never split a surrogate pair
    text = text.slice(0, cut) + TRUNCATED;
  }
  return text;
}

/** The cells of one power's row, as cellText strings ('' = empty). */
export function powerRow(power: PublicPower): string[] {
  return POWER_COLUMNS.map((column) => (power.public || column.alwaysPublic ? cellText(column.value(power)) : ''));
}

export function departmentRow(columns: readonly Column<PublicDepartment>[], department: PublicDepartment): string[] {
  return columns.map((column) => cellText(column.value(department)));
}
