/*
 * The format's vocabulary (FORMAT.md §2, §5, §7): every enumerated value once, with its national
 * code where one exists, its Chinese and English label, and (for the JSON Schema's descriptions)
 * a Chinese note. The schema, the model's types, the rules' messages, the site and the exports all
 * derive from these tables: a new value is added here and nowhere else.
 */

export interface Term {
  readonly zh: string;
  readonly en: string;
  /** The national code (GB/T 39046 appendix A) where the standard gives one. */
  readonly code?: string;
  /** More Chinese for the schema's description, e.g. what the value requires. */
  readonly note?: string;
}

export type Vocabulary = Readonly<Record<string, Term>>;

/** 权力类型, GB/T 39046 A.1; the code is the type segment of a national item code. */
export const POWER_TYPE = {
  licensing: { code: '01', zh: '行政许可', en: 'Administrative licensing' },
  penalty: { code: '02', zh: '行政处罚', en: 'Administrative penalty' },
  coercion: { code: '03', zh: '行政强制', en: 'Administrative coercion' },
  levy: { code: '04', zh: '行政征收', en: 'Administrative levy' },
  payment: { code: '05', zh: '行政给付', en: 'Administrative payment' },
  inspection: { code: '06', zh: '行政检查', en: 'Administrative inspection' },
  confirmation: { code: '07', zh: '行政确认', en: 'Administrative confirmation' },
  reward: { code: '08', zh: '行政奖励', en: 'Administrative reward' },
  adjudication: { code: '09', zh: '行政裁决', en: 'Administrative adjudication' },
  other: { code: '10', zh: '其他行政权力', en: 'Other administrative powers' },
  'public-service': { code: '20', zh: '公共服务', en: 'Public services' },
} as const satisfies Vocabulary;

/** Types whose powers must give a time limit (FORMAT §2, Power `timeLimit`). */
export const TIME_LIMIT_REQUIRED_TYPES = ['licensing', 'payment', 'confirmation', 'public-service'] as const satisfies readonly (keyof typeof POWER_TYPE)[];

/**
 * 依据层级. `setsLicence`: whether a `role: setting` basis of this level can set an administrative
 * licence (行政许可法 §14–17); absent where the level is not judged (`rule`: 规章 of either kind).
 */
export const BASIS_LEVEL = {
  law: { zh: '法律', en: 'Law', setsLicence: true },
  'administrative-regulation': { zh: '行政法规', en: 'Administrative regulation', setsLicence: true },
  'state-council-decision': { zh: '国务院决定', en: 'State Council decision', setsLicence: true },
  'local-regulation': { zh: '地方性法规', en: 'Local regulation', setsLicence: true },
  rule: { zh: '规章', en: 'Rule', note: '部门规章或地方政府规章' },
  'departmental-rule': { zh: '部门规章', en: 'Departmental rule', setsLicence: false },
  'government-rule': { zh: '地方政府规章', en: 'Local government rule', setsLicence: true },
  'normative-document': { zh: '规范性文件', en: 'Normative document', setsLicence: false },
  'party-regulation': { zh: '党内法规', en: 'Party regulation', setsLicence: false },
  other: { zh: '其他', en: 'Other', setsLicence: false },
} as const satisfies Readonly<Record<string, Term & { setsLicence?: boolean }>>;

/** 设定依据 / 实施依据. */
export const BASIS_ROLE = {
  setting: { zh: '设定依据', en: 'Setting basis', note: '设定该项权力的法律依据' },
  implementing: { zh: '实施依据', en: 'Implementing basis', note: '默认' },
} as const satisfies Vocabulary;

/**
 * 时限单位. `count` is how the unit reads after a number (`7 个工作日`, `7 working days`);
 * `group`/`weight` put units on one scale for exact comparison: 5 workdays = 7 days.
 */
export const TIME_UNIT = {
  day: { zh: '自然日', en: 'calendar day', count: { zh: '天', en: ['day', 'days'] }, group: 'day', weight: 5 },
  workday: { zh: '工作日', en: 'working day', count: { zh: '个工作日', en: ['working day', 'working days'] }, group: 'day', weight: 7 },
  month: { zh: '月', en: 'month', count: { zh: '个月', en: ['month', 'months'] }, group: 'month', weight: 1 },
  year: { zh: '年', en: 'year', count: { zh: '年', en: ['year', 'years'] }, group: 'year', weight: 1 },
  hour: { zh: '小时', en: 'hour', count: { zh: '小时', en: ['hour', 'hours'] }, group: 'hour', weight: 1 },
} as const satisfies Readonly<Record<string, Term & { count: { zh: string; en: readonly [string, string] }; group: string; weight: number }>>;

/** 实施主体性质, GB/T 39046. */
export const DEPARTMENT_NATURE = {
  statutory: { code: '1', zh: '法定机关', en: 'Statutory authority' },
  authorized: { code: '2', zh: '授权组织', en: 'Authorised organisation' },
  entrusted: { code: '3', zh: '受委托组织', en: 'Entrusted organisation' },
  other: { code: '9', zh: '其他', en: 'Other' },
} as const satisfies Vocabulary;

/** 服务对象, GB/T 39046 A.4. */
export const SERVICE_OBJECT = {
  'natural-person': { code: '1', zh: '自然人', en: 'Natural person' },
  enterprise: { code: '2', zh: '企业法人', en: 'Enterprise legal person' },
  'public-institution': { code: '3', zh: '事业法人', en: 'Public institution legal person' },
  'social-organization': { code: '4', zh: '社会组织法人', en: 'Social organisation legal person' },
  government: { code: '5', zh: '行政机关', en: 'Administrative body' },
  other: { code: '6', zh: '其他组织', en: 'Other organisation' },
} as const satisfies Vocabulary;

/** 办理形式, GB/T 39046 A.5. */
export const HANDLING_FORM = {
  window: { code: '1', zh: '窗口办理', en: 'At a service window' },
  'online-pc': { code: '2', zh: '网上办理（电脑端）', en: 'Online (computer)' },
  'online-mobile': { code: '3', zh: '网上办理（移动端）', en: 'Online (mobile)' },
  mail: { code: '4', zh: '快递申请', en: 'By courier' },
  other: { code: '9', zh: '其他', en: 'Other' },
} as const satisfies Vocabulary;

/** 权力来源, GB/T 39046. */
export const SOURCE_KIND = {
  statutory: { code: '1', zh: '法定本级行使', en: 'Exercised at this level by law' },
  delegated: { code: '2', zh: '上级下放', en: 'Devolved from a higher level' },
  authorized: { code: '3, 4', zh: '上级授权 / 同级授权', en: 'Authorised by a higher or same-level body' },
  entrusted: { code: '5, 6', zh: '上级委托 / 同级委托', en: 'Entrusted by a higher or same-level body' },
} as const satisfies Vocabulary;

/** 事项状态. */
export const POWER_STATUS = {
  active: { zh: '现行有效', en: 'In force', note: '默认' },
  suspended: { zh: '暂停实施', en: 'Suspended' },
  abolished: { zh: '已取消', en: 'Abolished', note: '需填写取消日期与取消理由' },
} as const satisfies Vocabulary;

/** 廉政风险等级. */
export const RISK_LEVEL = {
  high: { zh: '高', en: 'High', note: '须填写防控措施' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
} as const satisfies Vocabulary;

/** 流程视图. */
export const PROCESS_VIEW = {
  external: { zh: '外部流程', en: 'External process', note: '外部流程图，面向申请人和公众' },
  internal: { zh: '内部流程', en: 'Internal process', note: '内部流程图，机关内部运行，环节执行者为岗位' },
} as const satisfies Vocabulary;

/** 环节类型. */
export const STEP_TYPE = {
  start: { zh: '开始', en: 'start', note: '每个流程恰好一个' },
  task: { zh: '办理环节', en: 'task', note: '默认' },
  decision: { zh: '判断', en: 'decision', note: '至少两条带标签的去向' },
  end: { zh: '结束', en: 'end', note: '没有后续环节' },
} as const satisfies Vocabulary;

/** 环节职能: separation-of-duties and power-concentration read them (决策权、执行权、监督权相互制约). */
export const STEP_FUNCTION = {
  handle: { zh: '承办', en: 'handling', note: '执行权' },
  review: { zh: '审核', en: 'review' },
  decide: { zh: '决定', en: 'decision', note: '决策权' },
  supervise: { zh: '监督', en: 'supervision', note: '监督权' },
} as const satisfies Vocabulary;

/** 编码规则. */
export const CODE_PROFILE = {
  national: { zh: '国家标准编码', en: 'national codes', note: '12 位基本编码、31 位实施编码或 33 位业务办理项编码 (GB/T 39554.1)' },
  pattern: { zh: '自定义编码', en: 'own pattern', note: '须匹配 codePattern 正则表达式' },
  free: { zh: '自由编码', en: 'free', note: '任意非空字符串，默认' },
} as const satisfies Vocabulary;

/** (v2) 部门列表的顺序 on the site and in the open data (`site.departmentOrder`). */
export const DEPARTMENT_ORDER = {
  catalogue: { zh: '清单顺序', en: 'catalogue order', note: '部门在清单中的顺序：按文件路径，同一文件中按文档先后；默认' },
  pinyin: { zh: '拼音顺序', en: 'pinyin order', note: '按部门名称的汉语拼音排序' },
} as const satisfies Vocabulary;

/** Languages of messages. */
export const LANGUAGE = {
  'zh-CN': { zh: '简体中文', en: 'Simplified Chinese' },
  en: { zh: '英文', en: 'English' },
} as const satisfies Vocabulary;

/** 规则级别 as written in config (`warn` is reported as `warning`). */
export const RULE_LEVEL = {
  off: { zh: '关闭', en: 'off' },
  warn: { zh: '警告', en: 'warning', note: '报告为 warning' },
  error: { zh: '错误', en: 'error' },
} as const satisfies Vocabulary;

/** 行使层级, GB/T 39046 A.2 (the code is the level digit of a 31/33-char national code). */
export const EXERCISE_LEVEL = {
  1: { code: '1', zh: '国家', en: 'National' },
  2: { code: '2', zh: '省', en: 'Provincial' },
  3: { code: '3', zh: '市', en: 'Municipal' },
  4: { code: '4', zh: '县', en: 'County' },
  5: { code: '5', zh: '乡镇（街道）', en: 'Township (subdistrict)' },
  6: { code: '6', zh: '村（社区）', en: 'Village (community)' },
  7: { code: '7', zh: '分级管理', en: 'Graded management' },
} as const satisfies Readonly<Record<number, Term>>;

/** (v2) 申请材料的形式. */
export const MATERIAL_FORM = {
  original: { zh: '原件', en: 'Original' },
  copy: { zh: '复印件', en: 'Copy' },
  electronic: { zh: '电子件', en: 'Electronic' },
  'original-and-copy': { zh: '原件和复印件', en: 'Original and copy' },
} as const satisfies Vocabulary;

/** (v2) 办理结果的类型. */
export const RESULT_KIND = {
  certificate: { zh: '证照', en: 'Certificate' },
  approval: { zh: '批文', en: 'Approval' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Vocabulary;

/** (v2) 业务办理项的类型. */
export const HANDLING_ITEM_KIND = {
  new: { zh: '新设', en: 'New' },
  change: { zh: '变更', en: 'Change' },
  renewal: { zh: '延续', en: 'Renewal' },
  cancellation: { zh: '注销', en: 'Cancellation' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Vocabulary;

/** (v2) 动态调整的类型 (FORMAT §5). `needsFrom`: the entry must list the earlier codes. */
export const HISTORY_ACTION = {
  added: { zh: '新增', en: 'Added' },
  adjusted: { zh: '调整', en: 'Adjusted' },
  delegated: { zh: '下放', en: 'Delegated' },
  received: { zh: '承接', en: 'Received' },
  merged: { zh: '合并', en: 'Merged', needsFrom: true },
  split: { zh: '拆分', en: 'Split', needsFrom: true },
  renamed: { zh: '更名', en: 'Renamed', needsFrom: true },
  recoded: { zh: '编码调整', en: 'Recoded', needsFrom: true },
  abolished: { zh: '取消', en: 'Abolished' },
  restored: { zh: '恢复', en: 'Restored' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Readonly<Record<string, Term & { needsFrom?: boolean }>>;

/** (v2) 网上办理深度. */
export const ONLINE_DEPTH = {
  1: { zh: '信息公开', en: 'Information only' },
  2: { zh: '在线预约、表格下载', en: 'Online booking and forms' },
  3: { zh: '在线预审、受理', en: 'Online pre-check and acceptance' },
  4: { zh: '全程网办', en: 'Fully online' },
} as const satisfies Readonly<Record<number, Term>>;

/** The most visits (到现场次数) the format allows; 0 = 零跑动. */
export const MAX_VISITS = 5;

export type PowerType = keyof typeof POWER_TYPE;
export type BasisLevel = keyof typeof BASIS_LEVEL;
export type BasisRole = keyof typeof BASIS_ROLE;
export type TimeUnit = keyof typeof TIME_UNIT;
export type DepartmentNature = keyof typeof DEPARTMENT_NATURE;
export type ServiceObject = keyof typeof SERVICE_OBJECT;
export type HandlingForm = keyof typeof HANDLING_FORM;
export type SourceKind = keyof typeof SOURCE_KIND;
export type PowerStatus = keyof typeof POWER_STATUS;
export type RiskLevel = keyof typeof RISK_LEVEL;
export type View = keyof typeof PROCESS_VIEW;
export type StepType = keyof typeof STEP_TYPE;
export type StepFunction = keyof typeof STEP_FUNCTION;
export type CodeProfile = keyof typeof CODE_PROFILE;
export type ExerciseLevel = keyof typeof EXERCISE_LEVEL;
export type MaterialForm = keyof typeof MATERIAL_FORM;
export type ResultKind = keyof typeof RESULT_KIND;
export type HandlingItemKind = keyof typeof HANDLING_ITEM_KIND;
export type HistoryAction = keyof typeof HISTORY_ACTION;
export type OnlineDepth = keyof typeof ONLINE_DEPTH;
export type DepartmentOrder = keyof typeof DEPARTMENT_ORDER;

/** The values of a vocabulary, in its order (the order pages and schemas list them in). */
export const valuesOf = <V extends Vocabulary>(vocabulary: V): (keyof V & string)[] => Object.keys(vocabulary) as (keyof V & string)[];

/** Whether a value read from a catalogue is one of the vocabulary's (a guard for raw data). */
export function isTermOf<V extends Readonly<Record<string | number, Term>>>(vocabulary: V, value: unknown): value is keyof V {
  return (typeof value === 'string' || typeof value === 'number') && Object.hasOwn(vocabulary, value);
}

/** The term of a value, or undefined for a value outside the vocabulary. */
export function termOf<V extends Readonly<Record<string | number, Term>>>(vocabulary: V, value: unknown): Term | undefined {
  return isTermOf(vocabulary, value) ? vocabulary[value as keyof V] : undefined;
}

/** Every string vocabulary: lets `schema` suggest `workday` for `工作日` and `penalty` for `行政处罚`. */
export const STRING_VOCABULARIES: readonly Vocabulary[] = [
  POWER_TYPE, BASIS_LEVEL, BASIS_ROLE, TIME_UNIT, DEPARTMENT_NATURE, SERVICE_OBJECT, HANDLING_FORM, SOURCE_KIND,
  POWER_STATUS, RISK_LEVEL, PROCESS_VIEW, STEP_TYPE, STEP_FUNCTION, CODE_PROFILE, LANGUAGE, RULE_LEVEL,
  MATERIAL_FORM, RESULT_KIND, HANDLING_ITEM_KIND, HISTORY_ACTION, DEPARTMENT_ORDER,
];

/** A term inside a sentence: the English label without its capital (`the internal process`). */
export function termInText(term: Term): { zh: string; en: string } {
  return { zh: term.zh, en: term.en.charAt(0).toLowerCase() + term.en.slice(1) };
}

/** A value's Chinese label, or the value as written when the vocabulary does not have it (then it is the catalogue's own text). */
export function zhLabel(vocabulary: Readonly<Record<string | number, Term>>, value: string | number): string {
  return termOf(vocabulary, value)?.zh ?? String(value);
}
