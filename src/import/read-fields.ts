import type { LocalizedText } from '../core/messages.js';
import { MAX_VISITS, POWER_TYPE, type PowerType, type TimeUnit } from '../format/vocabulary.js';
import type { Basis, Guide, Limit, PowerData, TimeLimit } from '../model/types.js';
import { parseBasisBlob } from './basis-blob.js';
import {
  parseDate,
  parseHandling,
  parseInteger,
  parseIntermediaries,
  parseLevels,
  parseMaterials,
  parseOnlineDepth,
  parsePublic,
  parseResults,
  parseServiceObjects,
  parseSource,
  parseSpecialProcedures,
  parseStatus,
  parseUrl,
  parseWithheld,
  parseYesNo,
} from './cell-values.js';
import { parseHandlingItems, parseHistory, type ImportedHandlingItem } from './change-text.js';
import { parseAccountability, parseFees, parseResponsibilities } from './duty-text.js';
import type { Field } from './headers.js';
import { splitItems, splitWords } from './list-text.js';
import { quoted, type Notes } from './notes.js';
import type { FieldValue, RowView } from './row-items.js';
import { parseTimeLimit, parseTimeUnit } from './time-limit-text.js';
import { typeOf, type TypeAliases } from './type-aliases.js';

/*
 * One cell into the power (or sub-item) it belongs to. A cell that cannot be read as its field
 * wants is reported at its place with what was expected, its field is left out (the linter then
 * names what is missing), and its text is kept as a comment in the YAML beside the power.
 */

/** What a power is made of before its department and codes are settled. */
export interface Draft {
  row: number;
  data: Partial<Record<keyof PowerData, unknown>>;
  /** Lines written as YAML comments above the power: its row, its 主项, what could not be read. */
  comments: string[];
  department?: FieldValue;
  departmentCode?: FieldValue;
  undertaker?: string;
  jointWith?: string[];
  phone?: string;
  supervisionPhone?: string;
}

export interface SubDraft {
  row: number;
  name: string;
  code?: string;
  data: { basis?: Basis[]; timeLimit?: TimeLimit; note?: string; handlingItems?: ImportedHandlingItem[] };
  comments: string[];
}

export interface ReadStats {
  /** Each type cell's text, with the type it was read as (undefined: not a type) and how many rows. */
  typeValues: Map<string, { type: PowerType | undefined; rows: number }>;
  guessedLevels: number;
  untitledBasis: number;
  regionCodes: Set<string>;
}

export interface ReadContext {
  notes: Notes;
  aliases: TypeAliases;
  stats: ReadStats;
}

type Target = Draft | SubDraft;

/** 主项 cells that name no group. */
const NO_GROUP = /^(未分类|无|\/|-|—|——)$/;
type Reader = (value: FieldValue, row: RowView, target: Target, context: ReadContext) => void;

/** Reports a cell that says nothing the field can hold, and keeps its text beside the power. */
function unreadable(value: FieldValue, target: Target, context: ReadContext, expected: LocalizedText): void {
  context.notes.problem(value.at, {
    'zh-CN': `无法读取 ${quoted(value.text, 'zh-CN')}：应为${expected['zh-CN']}；未导入，原文保留为注释`,
    en: `cannot read ${quoted(value.text, 'en')}: expected ${expected.en}; left out, its text kept as a comment`,
  });
  target.comments.push(`${value.at.header ?? ''}（原表第 ${value.at.row} 行，未能读取）：${value.text.replace(/\s+/g, ' ')}`);
}

/** An Excel number where text was meant (a code): what is left is kept, and the clerk is told to check it. */
function storedAsNumber(value: FieldValue, context: ReadContext): void {
  if (value.cell.stored !== 'number') return;
  context.notes.problem(value.at, {
    'zh-CN': `该单元格在 Excel 中存为数字（${value.text}），开头的 0 和第 15 位以后的数字可能已丢失；请把该列设为“文本”格式并核对后重新导入`,
    en: `this cell is stored as a number in Excel (${value.text}), which may have lost leading zeros and digits after the 15th; format the column as text, check it and import again`,
  });
}

const set = (target: Target, key: string, value: unknown) => {
  (target.data as Record<string, unknown>)[key] = value;
};
const append = <T>(target: Target, key: string, values: readonly T[]) => {
  const data = target.data as Record<string, unknown>;
  data[key] = [...((data[key] as T[] | undefined) ?? []), ...values];
};
const guideOf = (target: Target): Guide => {
  const data = target.data as Record<string, unknown>;
  return (data.guide ??= {}) as Guide;
};
const timeLimitOf = (target: Target): TimeLimit => {
  const data = target.data as Record<string, unknown>;
  return (data.timeLimit ??= {}) as TimeLimit;
};

const TYPE_EXPECTED: LocalizedText = {
  'zh-CN': `权力类型：国家代码（01–10、20）、名称（${Object.values(POWER_TYPE).map((t) => t.zh).join('、')}）、四川代码（1A–1Z）或 --map 中 types 给出的写法`,
  en: 'a power type: a national code (01–10, 20), a Chinese name (行政许可 …), a Sichuan code (1A–1Z), or a spelling given under types in --map',
};
const LIMIT_EXPECTED: LocalizedText = { 'zh-CN': '时限，如“20个工作日”“3个月”“即办”“无”', en: 'a time limit such as 20个工作日, 3个月, 即办 or 无' };
const DATE_EXPECTED: LocalizedText = { 'zh-CN': '日期，如 2024-01-31', en: 'a date such as 2024-01-31' };
const URL_EXPECTED: LocalizedText = { 'zh-CN': '以 http:// 或 https:// 开头的网址', en: 'a link starting http:// or https://' };
const labelsExpected = (what: string, whatEn: string): LocalizedText => ({ 'zh-CN': `${what}（见 docs/import.md）`, en: `${whatEn} (see docs/import.md)` });

function limitReader(which: 'statutory' | 'promised'): Reader {
  return (value, row, target, context) => {
    const unitText = row.values.get(`timeLimit.${which}.unit`)?.[0]?.text;
    const unit: TimeUnit | undefined = unitText === undefined ? undefined : parseTimeUnit(unitText);
    const parsed = parseTimeLimit(value.text, unit);
    if (!parsed) return unreadable(value, target, context, LIMIT_EXPECTED);
    const limits = timeLimitOf(target);
    if (parsed.kind === 'immediate') limits.immediate = true;
    else limits[which] = parsed.kind === 'none' ? 'none' : (parsed.limit satisfies Limit);
  };
}

function unitReader(value: FieldValue, _row: RowView, target: Target, context: ReadContext): void {
  if (parseTimeUnit(value.text) === undefined) unreadable(value, target, context, { 'zh-CN': '时限单位：工作日、自然日、天、月、年或小时', en: 'a unit: 工作日, 自然日, 天, 月, 年 or 小时' });
}

function basisReader(role: 'setting' | 'implementing'): Reader {
  return (value, _row, target, context) => {
    const { entries, guessed, untitled } = parseBasisBlob(value.text, role);
    context.stats.guessedLevels += guessed;
    context.stats.untitledBasis += untitled;
    if (untitled > 0) {
      context.notes.note(value.at, {
        'zh-CN': `有 ${untitled} 条依据没有用《》标出文件名，已整条作为名称、层级记为“其他”；请核对`,
        en: `${untitled} basis entries name no document in 《》: each was kept whole as the title, with level other; check them`,
      });
    }
    append(target, 'basis', entries);
  };
}

function text(key: string): Reader {
  return (value, _row, target) => set(target, key, value.text);
}

function guideText(key: keyof Guide): Reader {
  return (value, _row, target) => {
    (guideOf(target) as Record<string, unknown>)[key] = value.text;
  };
}

function guideList<K extends keyof Guide>(key: K, parse: (text: string) => NonNullable<Guide[K]>): Reader {
  return (value, _row, target) => {
    const guide = guideOf(target) as Record<string, unknown>;
    guide[key] = [...((guide[key] as unknown[] | undefined) ?? []), ...(parse(value.text) as unknown[])];
  };
}

/** A sub-item has a name of its own from the start; a power's draft gets it from its cells. */
const isDraft = (target: Target): target is Draft => !('name' in target);

/** Fields only a power has (its department and contacts): a sub-item row's are not read. */
function draftOnly(read: (value: FieldValue, row: RowView, draft: Draft, context: ReadContext) => void): Reader {
  return (value, row, target, context) => {
    if (isDraft(target)) read(value, row, target, context);
  };
}

/** Every field's reader; `serial`, `subItem`, `subItemCode` and `region` are read where items are made. */
export const READERS: Readonly<Partial<Record<Field, Reader>>> = {
  code: (value, _row, target, context) => {
    storedAsNumber(value, context);
    set(target, 'code', value.text);
  },
  name: text('name'),
  type: (value, _row, target, context) => {
    const type = typeOf(value.text, context.aliases);
    const seen = context.stats.typeValues.get(value.text) ?? { type, rows: 0 };
    seen.rows++;
    context.stats.typeValues.set(value.text, seen);
    if (type === undefined) return unreadable(value, target, context, TYPE_EXPECTED);
    set(target, 'type', type);
  },
  group: (value, _row, target) => {
    if (!NO_GROUP.test(value.text)) target.comments.push(`主项：${value.text.replace(/\s+/g, ' ')}`);
  },
  department: draftOnly((value, _row, draft) => {
    draft.department = value;
  }),
  departmentCode: draftOnly((value, _row, draft, context) => {
    storedAsNumber(value, context);
    draft.departmentCode = value;
  }),
  undertaker: draftOnly((value, _row, draft) => {
    draft.undertaker = value.text;
  }),
  jointWith: draftOnly((value, _row, draft) => {
    draft.jointWith = [...(draft.jointWith ?? []), ...splitWords(value.text)];
  }),
  source: (value, _row, target, context) => {
    const source = parseSource(value.text);
    if (!source) return unreadable(value, target, context, labelsExpected('权力来源：法定本级行使、上级下放、授权或委托', 'a source: 法定本级行使, 上级下放, 授权 or 委托'));
    set(target, 'source', source);
  },
  level: (value, _row, target, context) => {
    const levels = parseLevels(value.text);
    if (!levels) return unreadable(value, target, context, labelsExpected('行使层级：国家、省、市、县、乡镇（街道）、村（社区）、分级管理，或代码 1–7', 'levels: 国家, 省, 市, 县 … or codes 1–7'));
    set(target, 'level', levels);
  },
  region: (value, _row, _target, context) => {
    context.stats.regionCodes.add(value.text);
  },
  'basis.setting': basisReader('setting'),
  basis: basisReader('implementing'),
  'timeLimit.statutory': limitReader('statutory'),
  'timeLimit.promised': limitReader('promised'),
  'timeLimit.statutory.unit': unitReader,
  'timeLimit.promised.unit': unitReader,
  'timeLimit.immediate': (value, _row, target, context) => {
    const yes = parseYesNo(value.text);
    if (yes === undefined) return unreadable(value, target, context, { 'zh-CN': '“是”或“否”', en: '是 (yes) or 否 (no)' });
    if (yes) timeLimitOf(target).immediate = true;
  },
  fees: (value, _row, target, context) => {
    const parsed = parseFees(value.text);
    if (!parsed) return;
    if (parsed.fees.some((fee) => fee.basis === undefined)) {
      context.notes.problem(value.at, {
        'zh-CN': '收费项目没有写明依据（《》中的文件名或“（依据：…）”）；请在 fees 中补上 basis',
        en: 'a fee names no basis (a document in 《》 or “（依据：…）”); add its basis under fees',
      });
    }
    set(target, 'fees', parsed.fees);
  },
  serviceObjects: (value, _row, target, context) => {
    const objects = parseServiceObjects(value.text);
    if (!objects) return unreadable(value, target, context, labelsExpected('服务对象：自然人、企业法人、事业法人、社会组织法人、行政机关、其他组织', 'service objects: 自然人, 企业法人 …'));
    set(target, 'serviceObjects', objects);
  },
  handling: (value, _row, target, context) => {
    const forms = parseHandling(value.text);
    if (!forms) return unreadable(value, target, context, labelsExpected('办理形式：窗口办理、网上办理（电脑端）、网上办理（移动端）、快递申请、其他', 'handling forms: 窗口办理, 网上办理（电脑端） …'));
    set(target, 'handling', forms);
  },
  online: (value, _row, target, context) => {
    const url = parseUrl(value.text) ?? (value.cell.link !== undefined ? parseUrl(value.cell.link) : undefined);
    if (url === undefined) return unreadable(value, target, context, URL_EXPECTED);
    set(target, 'online', { url });
  },
  'guide.conditions': guideList('conditions', splitItems),
  'guide.materials': guideList('materials', parseMaterials),
  'guide.place': guideText('place'),
  'guide.hours': guideText('hours'),
  'guide.url': (value, _row, target, context) => {
    const url = parseUrl(value.text) ?? (value.cell.link !== undefined ? parseUrl(value.cell.link) : undefined);
    if (url === undefined) return unreadable(value, target, context, URL_EXPECTED);
    guideOf(target).url = url;
  },
  'guide.visits': (value, _row, target, context) => {
    const visits = parseInteger(value.text, 0, MAX_VISITS);
    if (visits === undefined) return unreadable(value, target, context, { 'zh-CN': `0 到 ${MAX_VISITS} 的整数`, en: `a whole number from 0 to ${MAX_VISITS}` });
    guideOf(target).visits = visits;
  },
  'guide.onlineDepth': (value, _row, target, context) => {
    const depth = parseOnlineDepth(value.text);
    if (depth === undefined) return unreadable(value, target, context, labelsExpected('网上办理深度：1–4 或信息公开、在线预约、表格下载、在线预审、受理、全程网办', 'an online depth: 1–4 or its Chinese name'));
    guideOf(target).onlineDepth = depth;
  },
  'guide.results': guideList('results', parseResults),
  'guide.quantityLimit': guideText('quantityLimit'),
  'guide.intermediaries': guideList('intermediaries', parseIntermediaries),
  'guide.specialProcedures': guideList('specialProcedures', parseSpecialProcedures),
  responsibilities: (value, row, target, context) => {
    const { entries, withoutStage } = parseResponsibilities(value.text, row.values.get('responsibilities.basis')?.[0]?.text);
    if (withoutStage > 0) {
      context.notes.problem(value.at, {
        'zh-CN': `${withoutStage} 条责任事项没有以“环节：”开头（如“受理责任：…”），未能确定责任环节；请在 responsibilities 中补上 stage`,
        en: `${withoutStage} responsibilities do not start with their stage and a colon (受理责任：…); add their stage under responsibilities`,
      });
    }
    append(target, 'responsibilities', entries);
  },
  accountability: (value, row, target) => {
    append(target, 'accountability', parseAccountability(value.text, row.values.get('accountability.basis')?.[0]?.text));
  },
  discretion: text('discretion'),
  'contact.phone': draftOnly((value, _row, draft) => {
    draft.phone = value.text;
  }),
  'contact.supervisionPhone': draftOnly((value, _row, draft) => {
    draft.supervisionPhone = value.text;
  }),
  status: (value, _row, target, context) => {
    const status = parseStatus(value.text);
    if (!status) return unreadable(value, target, context, labelsExpected('状态：现行有效、暂停实施或已取消', 'a status: 现行有效, 暂停实施 or 已取消'));
    set(target, 'status', status);
  },
  abolishedOn: dateReader('abolishedOn'),
  effective: dateReader('effective'),
  reason: text('reason'),
  note: text('note'),
  handlingItems: draftOnly((value, _row, draft, context) => {
    const items = parseHandlingItems(value.text);
    if (!items) return unreadable(value, draft, context, { 'zh-CN': '业务办理项，如“1. 编码 名称（新设），承诺时限：5 个工作日”', en: 'handling items such as “1. CODE 名称（新设），承诺时限：5 个工作日”' });
    append(draft, 'handlingItems', items);
  }),
  history: (value, _row, target, context) => {
    const entries = parseHistory(value.text);
    if (!entries) return unreadable(value, target, context, { 'zh-CN': '调整记录，如“1. 2024-01-01 调整，调整依据：某某文件”', en: 'change history such as “1. 2024-01-01 调整，调整依据：…”' });
    append(target, 'history', entries);
  },
  supersedes: (value, _row, target) => {
    append(target, 'supersedes', splitWords(value.text));
  },
  'upstream.code': (value, _row, target) => {
    upstreamOf(target).code = value.text;
  },
  'upstream.list': (value, _row, target) => {
    upstreamOf(target).list = value.text;
  },
  'disclosure.public': (value, _row, target, context) => {
    const isPublic = parsePublic(value.text);
    if (isPublic === undefined) return unreadable(value, target, context, { 'zh-CN': '公开、部分公开或不予公开', en: '公开, 部分公开 or 不予公开' });
    if (!isPublic) disclosureOf(target).public = false;
  },
  'disclosure.withhold': (value, _row, target, context) => {
    const fields = parseWithheld(value.text);
    if (!fields) return unreadable(value, target, context, labelsExpected('不予公开的字段名称，如“廉政风险点；裁量基准”', 'names of withheld fields such as 廉政风险点；裁量基准'));
    disclosureOf(target).withhold = fields;
  },
  'disclosure.reason': (value, _row, target) => {
    disclosureOf(target).reason = value.text;
  },
  'disclosure.basis': (value, _row, target) => {
    disclosureOf(target).basis = value.text;
  },
};

function dateReader(key: 'abolishedOn' | 'effective'): Reader {
  return (value, _row, target, context) => {
    const date = parseDate(value.text);
    if (date === undefined) return unreadable(value, target, context, DATE_EXPECTED);
    set(target, key, date);
  };
}

function upstreamOf(target: Target): Record<string, unknown> {
  const data = target.data as Record<string, unknown>;
  return (data.upstream ??= {}) as Record<string, unknown>;
}

function disclosureOf(target: Target): Record<string, unknown> {
  const data = target.data as Record<string, unknown>;
  return (data.disclosure ??= {}) as Record<string, unknown>;
}

/** Fields a sub-item row may give a sub-item of its own (FORMAT §2 `subItems`). */
export const SUB_ITEM_FIELDS: readonly Field[] = [
  'basis', 'basis.setting', 'timeLimit.statutory', 'timeLimit.statutory.unit', 'timeLimit.promised', 'timeLimit.promised.unit', 'timeLimit.immediate', 'note',
];
