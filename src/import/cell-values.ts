import { isWithholdable, WITHHOLDABLE_FIELDS, withheldLabel, type WithholdableField } from '../format/power-fields.js';
import {
  EXERCISE_LEVEL,
  HANDLING_FORM,
  MATERIAL_FORM,
  ONLINE_DEPTH,
  POWER_STATUS,
  RESULT_KIND,
  SERVICE_OBJECT,
  SOURCE_KIND,
  type ExerciseLevel,
  type HandlingForm,
  type MaterialForm,
  type OnlineDepth,
  type PowerStatus,
  type ResultKind,
  type ServiceObject,
  type SourceKind,
  type Term,
} from '../format/vocabulary.js';
import type { Guide, PowerData } from '../model/types.js';
import { parseTimeLimit } from './time-limit-text.js';
import { splitItems, splitWords, withBasisNote } from './list-text.js';

/*
 * Cells whose words are the format's vocabulary (its Chinese labels, as the export writes them),
 * with the few other spellings lists use, and the small values (dates, links, numbers).
 */

/** Label → value for a vocabulary: its Chinese labels (a label `A / B` names both), then other spellings. */
function labels<V extends string | number>(vocabulary: Readonly<Record<V, Term>>, more: Record<string, V> = {}): ReadonlyMap<string, V> {
  const table = new Map<string, V>();
  for (const [value, term] of Object.entries(vocabulary) as [string, Term][]) {
    const typed = (/^\d+$/.test(value) ? Number(value) : value) as V; // numeric vocabularies (行使层级) have number values
    table.set(key(term.zh), typed);
    for (const part of term.zh.split(' / ')) table.set(key(part), typed);
    if (term.code !== undefined) for (const code of term.code.split(', ')) table.set(code, typed);
  }
  for (const [word, value] of Object.entries(more)) table.set(key(word), value);
  return table;
}

const key = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const SERVICE_OBJECTS = labels<ServiceObject>(SERVICE_OBJECT, {
  个人: 'natural-person',
  公民: 'natural-person',
  企业: 'enterprise',
  法人: 'enterprise',
  事业单位: 'public-institution',
  事业单位法人: 'public-institution',
  社会组织: 'social-organization',
  社会团体: 'social-organization',
  机关: 'government',
  其他: 'other',
});
const HANDLING_FORMS = labels<HandlingForm>(HANDLING_FORM, {
  窗口: 'window',
  现场办理: 'window',
  网上办理: 'online-pc',
  网办: 'online-pc',
  电脑端: 'online-pc',
  移动端: 'online-mobile',
  掌上办: 'online-mobile',
  快递: 'mail',
  邮寄: 'mail',
  邮寄申请: 'mail',
});
const LEVELS = labels<ExerciseLevel>(EXERCISE_LEVEL, { 国家级: 1, 省级: 2, 市级: 3, 县级: 4, 区县: 4, 乡镇: 5, 街道: 5, 乡镇街道: 5, 村: 6, 社区: 6 });
const STATUSES = labels<PowerStatus>(POWER_STATUS, { 有效: 'active', 在用: 'active', 正常: 'active', 暂停: 'suspended', 取消: 'abolished', 废止: 'abolished' });
const SOURCE_KINDS = labels<SourceKind>(SOURCE_KIND, { 法定: 'statutory', 本级: 'statutory', 下放: 'delegated', 授权: 'authorized', 委托: 'entrusted' });
const MATERIAL_FORMS = labels<MaterialForm>(MATERIAL_FORM);
const RESULT_KINDS = labels<ResultKind>(RESULT_KIND);
const ONLINE_DEPTHS = labels<OnlineDepth>(ONLINE_DEPTH);

/** Every word of a short list, or undefined when one is not a known label (the caller reports it). */
function words<V>(text: string, table: ReadonlyMap<string, V>): V[] | undefined {
  const values: V[] = [];
  for (const word of splitWords(text)) {
    const value = table.get(key(word)) ?? table.get(key(word).replace(/级$/, ''));
    if (value === undefined) return undefined;
    if (!values.includes(value)) values.push(value);
  }
  return values.length > 0 ? values : undefined;
}

export const parseServiceObjects = (text: string) => words(text, SERVICE_OBJECTS);
export const parseHandling = (text: string) => words(text, HANDLING_FORMS);
export const parseLevels = (text: string) => words(text, LEVELS)?.sort((a, b) => a - b);
export const parseStatus = (text: string) => STATUSES.get(key(text));

/** `上级下放（来源：市局；依据：…）` (the export's `source` rendering) or just the kind. */
export function parseSource(text: string): NonNullable<PowerData['source']> | undefined {
  const match = /^([^（(]+?)(?:[（(]([\s\S]*)[)）])?$/.exec(text.trim());
  const kind = match && SOURCE_KINDS.get(key(match[1]!));
  if (!kind) return undefined;
  const details = match[2] ?? '';
  const from = /(?:^|；)来源：([^；]*)/.exec(details)?.[1];
  const basis = /(?:^|；)依据：([\s\S]*)$/.exec(details)?.[1];
  return { kind, ...(from ? { from } : {}), ...(basis ? { basis } : {}) };
}

/** `2024-01-02`, `2024/1/2`, `2024.1.2`, `2024年1月2日` → `2024-01-02`. */
export function parseDate(text: string): string | undefined {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parseUrl(text: string): string | undefined {
  const url = text.trim();
  return /^https?:\/\/[^\s<>"]+$/i.test(url) ? url : undefined;
}

/** 是/否 cells (即办件): true, false, or undefined for anything else. */
export function parseYesNo(text: string): boolean | undefined {
  const word = key(text);
  if (/^(是|√|✓|Y|YES|TRUE|即办件?)$/i.test(word)) return true;
  if (/^(否|×|N|NO|FALSE|非即办件?)$/i.test(word)) return false;
  return undefined;
}

/** 公开情况: 不予公开 → false; 公开 / 部分公开 → true. */
export function parsePublic(text: string): boolean | undefined {
  const word = key(text);
  if (/^(不予公开|不公开|否)$/.test(word)) return false;
  if (/^(公开|部分公开|是|主动公开)$/.test(word)) return true;
  return undefined;
}

const WITHHELD_BY_LABEL: ReadonlyMap<string, WithholdableField> = new Map(
  WITHHOLDABLE_FIELDS.flatMap((field) => [[key(withheldLabel(field).zh), field] as const, [field, field] as const]),
);

/** 不予公开的内容: labels of withheld fields (the export writes them `；`-joined). */
export function parseWithheld(text: string): WithholdableField[] | undefined {
  const fields = splitWords(text).map((word) => WITHHELD_BY_LABEL.get(key(word)) ?? (isWithholdable(word) ? word : undefined));
  return fields.every((f) => f !== undefined) && fields.length > 0 ? (fields as WithholdableField[]) : undefined;
}

/** An integer in a range (到现场次数). */
export function parseInteger(text: string, min: number, max: number): number | undefined {
  const value = Number(text.trim().replace(/次$/, ''));
  return Number.isInteger(value) && value >= min && value <= max && text.trim() !== '' ? value : undefined;
}

export function parseOnlineDepth(text: string): OnlineDepth | undefined {
  const word = key(text);
  return ONLINE_DEPTHS.get(word) ?? (/^[1-4]$/.test(word) ? (Number(word) as OnlineDepth) : undefined);
}

type Material = NonNullable<Guide['materials']>[number];
const MATERIAL_PARTS: Readonly<Record<string, (material: Material, value: string) => boolean>> = {
  形式: (m, v) => {
    const form = MATERIAL_FORMS.get(key(v));
    if (form !== undefined) m.form = form;
    return form !== undefined;
  },
  份数: (m, v) => {
    const copies = parseInteger(v.replace(/份$/, ''), 1, Number.MAX_SAFE_INTEGER);
    if (copies !== undefined) m.copies = copies;
    return copies !== undefined;
  },
  来源: (m, v) => ((m.source = v), true),
  说明: (m, v) => ((m.note = v), true),
  样表: (m, v) => {
    const url = parseUrl(v);
    if (url !== undefined) m.sample = url;
    return url !== undefined;
  },
};

/**
 * 申请材料: one material per item. An item in the export's form (`名称，形式：原件，份数：2，必需，
 * 来源：…`) gives every part; any other item is the material's name as written.
 */
export function parseMaterials(text: string): Material[] {
  return splitItems(text).map((item) => {
    // A part that is no known label (or 必需) continues the one before it: names and notes may hold ，.
    const parts = item.split('，').reduce<string[]>((joined, part, i) => {
      const starts = i === 0 || part === '必需' || part === '非必需（容缺）' || MATERIAL_PARTS[/^([^：]+)：/.exec(part)?.[1] ?? ''] !== undefined;
      if (starts) joined.push(part);
      else joined[joined.length - 1] += `，${part}`;
      return joined;
    }, []);
    const material: Material = { name: parts[0]!.trim() };
    const rest = parts.slice(1);
    const ok = rest.length > 0 && rest.every((part) => {
      if (part === '必需') return true;
      if (part === '非必需（容缺）') return (material.required = false), true;
      const labelled = /^([^：]+)：([\s\S]*)$/.exec(part);
      return labelled !== null && MATERIAL_PARTS[labelled[1]!] !== undefined && MATERIAL_PARTS[labelled[1]!]!(material, labelled[2]!);
    });
    return ok ? material : { name: item };
  });
}

/** 办理结果: `名称（证照）` → name and kind. */
export function parseResults(text: string): NonNullable<Guide['results']> {
  return splitItems(text).map((item) => {
    const match = /^([\s\S]+)（([^（）]+)）$/.exec(item);
    const kind = match ? RESULT_KINDS.get(key(match[2]!)) : undefined;
    return kind !== undefined ? { name: match![1]!, kind } : { name: item };
  });
}

/** 中介服务: `名称（依据：…）`. */
export function parseIntermediaries(text: string): NonNullable<Guide['intermediaries']> {
  return splitItems(text).map((item) => {
    const { text: name, basis } = withBasisNote(item);
    return basis !== undefined ? { name, basis } : { name };
  });
}

/** 特别程序: `名称，所需时间：20 个工作日，说明：…`. */
export function parseSpecialProcedures(text: string): NonNullable<Guide['specialProcedures']> {
  return splitItems(text).map((item) => {
    const limit = /，所需时间：([^，]+)/.exec(item);
    const note = /，说明：([\s\S]+)$/.exec(item);
    const parsed = limit ? parseTimeLimit(limit[1]!) : undefined;
    const name = item.split('，所需时间：')[0]!.split('，说明：')[0]!;
    return {
      name,
      ...(parsed?.kind === 'limit' ? { limit: { value: parsed.limit.value, unit: parsed.limit.unit } } : {}),
      ...(note ? { note: note[1]! } : {}),
    };
  });
}
