// Shared building blocks of the catalogue JSON Schemas (FORMAT.md, version 1).
//
// Everything here is authored once. Structured pieces live in `DEFS` and are used through
// `$ref: "#/$defs/<name>"`; index.ts copies into each emitted schema exactly the defs it
// (transitively) references, so every emitted file is self-contained. Scalar fields (text,
// booleans, id references) are built inline by the small helpers below.
//
// Conventions: every property has a Chinese-first `title` ("中文 (english)") and a
// `description`; every object is closed (`additionalProperties: false`); `required` lists only
// what FORMAT.md marks **req** or what defines a sub-object. Conditional requirements belong to
// rules, not here. No `oneOf`/`anyOf`: alternatives are written as `if`/`then`/`else`.

/** A JSON Schema (draft 2020-12) node, as a plain object. */
export type Schema = { [keyword: string]: unknown };

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

// ---------------------------------------------------------------------------------------------
// Enumerations: value → Chinese meaning (national code in parentheses where one exists).

export type EnumMeanings = Readonly<Record<string, string>>;

/** 权力类型 — GB/T 39046 Appendix A.1 (national type code in parentheses). */
export const POWER_TYPES = {
  licensing: '行政许可 (01)',
  penalty: '行政处罚 (02)',
  coercion: '行政强制 (03)',
  levy: '行政征收 (04)',
  payment: '行政给付 (05)',
  inspection: '行政检查 (06)',
  confirmation: '行政确认 (07)',
  reward: '行政奖励 (08)',
  adjudication: '行政裁决 (09)',
  other: '其他行政权力 (10)',
  'public-service': '公共服务 (20)',
} as const satisfies EnumMeanings;
export type PowerType = keyof typeof POWER_TYPES;

/** Power types for which `timeLimit` is required (FORMAT.md §2, Power). */
export const TIME_LIMIT_REQUIRED_TYPES: readonly PowerType[] = [
  'licensing',
  'payment',
  'confirmation',
  'public-service',
];

/** 依据层级 — level of a legal basis. */
export const BASIS_LEVELS = {
  law: '法律',
  'administrative-regulation': '行政法规',
  'local-regulation': '地方性法规',
  rule: '规章',
  'normative-document': '规范性文件',
} as const satisfies EnumMeanings;

/** 时限单位. */
export const TIME_UNITS = {
  day: '自然日',
  workday: '工作日',
  month: '月',
  year: '年',
  hour: '小时',
} as const satisfies EnumMeanings;

/** 实施主体性质 — GB/T 39046 A (code in parentheses). */
export const DEPARTMENT_NATURES = {
  statutory: '法定机关 (1)',
  authorized: '授权组织 (2)',
  entrusted: '受委托组织 (3)',
  other: '其他 (9)',
} as const satisfies EnumMeanings;

/** 服务对象 — GB/T 39046 A.4. */
export const SERVICE_OBJECTS = {
  'natural-person': '自然人 (1)',
  enterprise: '企业法人 (2)',
  'public-institution': '事业法人 (3)',
  'social-organization': '社会组织法人 (4)',
  government: '行政机关 (5)',
  other: '其他组织 (6)',
} as const satisfies EnumMeanings;

/** 办理形式 — GB/T 39046 A.5. */
export const HANDLING_FORMS = {
  window: '窗口办理 (1)',
  'online-pc': '网上办理（电脑端）(2)',
  'online-mobile': '网上办理（移动端）(3)',
  mail: '快递申请 (4)',
  other: '其他 (9)',
} as const satisfies EnumMeanings;

/** 权力来源 — GB/T 39046 A (codes in parentheses). */
export const SOURCE_KINDS = {
  statutory: '法定本级行使 (1)',
  delegated: '上级下放 (2)',
  authorized: '上级授权 / 同级授权 (3, 4)',
  entrusted: '上级委托 / 同级委托 (5, 6)',
} as const satisfies EnumMeanings;

/** 事项状态. */
export const POWER_STATUSES = {
  active: '有效，正在实施 (默认)',
  suspended: '暂停实施',
  abolished: '已取消（需填写取消日期与取消理由）',
} as const satisfies EnumMeanings;

/** 廉政风险等级. */
export const RISK_LEVELS = {
  high: '高 (须填写防控措施)',
  medium: '中',
  low: '低',
} as const satisfies EnumMeanings;

/** 流程视图. */
export const PROCESS_VIEWS = {
  external: '外部流程图，面向申请人和公众',
  internal: '内部流程图，机关内部运行（环节执行者为岗位）',
} as const satisfies EnumMeanings;

/** 环节类型. */
export const STEP_TYPES = {
  start: '开始（每个流程恰好一个）',
  task: '办理环节 (默认)',
  decision: '判断/分支（至少两条带标签的去向）',
  end: '结束（没有后续环节）',
} as const satisfies EnumMeanings;

/** 环节职能 — used by separation-of-duties (决策权、执行权、监督权相互制约). */
export const STEP_FUNCTIONS = {
  handle: '承办/执行（执行权）',
  review: '审核',
  decide: '决定/审批（决策权）',
  supervise: '监督（监督权）',
} as const satisfies EnumMeanings;

/** 编码规则. */
export const CODE_PROFILES = {
  national: '国家标准编码：12 位基本编码、31 位实施编码或 33 位业务办理项编码 (GB/T 39554.1)',
  pattern: '自定义：须匹配 codePattern 正则表达式',
  free: '自由编码：任意非空字符串 (默认)',
} as const satisfies EnumMeanings;

/** 语言. */
export const LANGS = {
  'zh-CN': '简体中文',
  en: 'English 英文',
} as const satisfies EnumMeanings;

/** 规则级别. */
export const RULE_LEVELS = {
  off: '关闭',
  warn: '警告（报告为 warning）',
  error: '错误',
} as const satisfies EnumMeanings;

/** 行使层级 — GB/T 39046 A.2. */
export const EXERCISE_LEVELS: Readonly<Record<number, string>> = {
  1: '国家',
  2: '省',
  3: '市',
  4: '县',
  5: '乡镇（街道）',
  6: '村（社区）',
  7: '分级管理',
};

/** Every string enumeration with its Chinese meanings: lets `schema` suggest `workday` for `工作日`. */
export const ENUM_TABLES: readonly EnumMeanings[] = [
  POWER_TYPES, BASIS_LEVELS, TIME_UNITS, DEPARTMENT_NATURES, SERVICE_OBJECTS, HANDLING_FORMS, SOURCE_KINDS,
  POWER_STATUSES, RISK_LEVELS, PROCESS_VIEWS, STEP_TYPES, STEP_FUNCTIONS, CODE_PROFILES, LANGS, RULE_LEVELS,
];

/** Defaults FORMAT.md gives; emitted as `default:` annotations. */
export const DEFAULTS = {
  formatVersion: 1,
  codeProfile: 'free',
  unit: false,
  status: 'active',
  stepType: 'task',
  public: true,
  internalFlowcharts: true,
} as const;

// ---------------------------------------------------------------------------------------------
// Helpers. `title` is Chinese first, English in parentheses.

type Extra = Schema;

/** `value 中文含义` lines of an enumeration, for descriptions. */
export function describeEnum(meanings: Readonly<Record<string | number, string>>): string {
  return Object.entries(meanings)
    .map(([value, meaning]) => `${value} ${meaning}`)
    .join('；');
}

/** A string enumeration whose description lists every value with its Chinese meaning. */
export function enumField(
  meanings: EnumMeanings,
  title: string,
  description: string,
  extra: Extra = {},
): Schema {
  return {
    type: 'string',
    enum: Object.keys(meanings),
    title,
    description: `${description}取值：${describeEnum(meanings)}。`,
    ...extra,
  };
}

/** Free text (no pattern). */
export function text(title: string, description: string): Schema {
  return { type: 'string', title, description };
}

/** Text where an empty value is meaningless (names, codes, titles …). */
/** Text with something to read in it: not only spaces (U+3000 included) or line breaks. */
export const NOT_BLANK = '\\S';

export function nonEmptyText(title: string, description: string): Schema {
  return { type: 'string', minLength: 1, pattern: NOT_BLANK, title, description };
}

/** A reference to another entity's id: a plain non-empty string, resolved by rules. */
export function idRef(title: string, description: string): Schema {
  return nonEmptyText(title, description);
}

export function bool(title: string, description: string, extra: Extra = {}): Schema {
  return { type: 'boolean', title, description, ...extra };
}

export function list(items: Schema, title: string, description: string, extra: Extra = {}): Schema {
  return { type: 'array', title, description, items, ...extra };
}

/** A closed object: only the listed properties, `required` only when non-empty. */
export function object(
  title: string,
  description: string,
  properties: Record<string, Schema>,
  required: readonly string[] = [],
  extra: Extra = {},
): Schema {
  return {
    type: 'object',
    title,
    description,
    ...(required.length > 0 ? { required: [...required] } : {}),
    properties,
    additionalProperties: false,
    ...extra,
  };
}

/** `$ref` to a shared def, with the title/description of the place that uses it. */
export function ref(name: DefName, title: string, description: string, extra: Extra = {}): Schema {
  return { $ref: defPointer(name), title, description, ...extra };
}

export function defPointer(name: DefName): string {
  return `#/$defs/${name}`;
}

/** `kind: <Kind>` discriminator property. */
export function kindField(kind: string, meaning: string): Schema {
  return {
    const: kind,
    title: '文档类型 (kind)',
    description: `文档类型，本文档为 ${kind}（${meaning}）。每个 YAML 文档都须声明 kind。`,
  };
}

// ---------------------------------------------------------------------------------------------
// Property builders shared between defs and kinds (authored once, used in several places).

const BASIS_ENTRY_PROPERTIES = {
  level: enumField(BASIS_LEVELS, '依据层级 (basis level)', '法律依据的效力层级。'),
  title: nonEmptyText('依据名称 (title)', '法律、法规、规章或规范性文件的名称，如《中华人民共和国行政许可法》。'),
  article: text('条款 (article)', '具体条款，如“第十二条第一款”。'),
  text: text('条文内容 (text)', '所引条款的原文。'),
};

const PHONE = text('咨询电话 (phone)', '咨询电话（办事咨询）。');
const SUPERVISION_PHONE = text('监督电话 (supervision phone)', '监督投诉电话。规则 supervision-contact 要求事项或其部门至少一处提供。');

function limitProperties(what: string): Record<string, Schema> {
  return {
    value: {
      type: 'number',
      exclusiveMinimum: 0,
      title: '时限数值 (value)',
      description: `${what}的数值，须大于 0（可为小数，如 0.5 个工作日）。`,
    },
    unit: ref('timeUnit', '时限单位 (unit)', `${what}的单位。`),
  };
}

/** `steps` of a process (inline body and template alike). */
export function stepsProperty(): Schema {
  return list(
    { $ref: defPointer('step') },
    '流程环节 (steps)',
    '按办理顺序列出的环节：恰好一个开始环节、至少一个结束环节，每个环节都能从开始到达并能到达结束（规则 process-structure）。',
  );
}

// ---------------------------------------------------------------------------------------------
// Shared defs. Names are lower camel case; kind schemas (index.ts) use capitalised names.

export type DefName =
  | 'slug'
  | 'date'
  | 'httpUrl'
  | 'timeUnit'
  | 'limit'
  | 'limitWithNote'
  | 'timeLimitValue'
  | 'timeLimit'
  | 'basisEntry'
  | 'basis'
  | 'powerContact'
  | 'departmentContact'
  | 'nextBranch'
  | 'stepNext'
  | 'step'
  | 'processBody'
  | 'processEntry';

export const DEFS: Readonly<Record<DefName, Schema>> = {
  slug: {
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*$',
    title: '标识符 (slug id)',
    description: '标识符：小写字母或数字开头，只含小写字母、数字和连字符 -，如 shi-jian-ju。',
  },
  date: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    format: 'date',
    title: '日期 (date)',
    description: 'ISO 8601 日期 YYYY-MM-DD，如 2024-01-31。',
  },
  httpUrl: {
    type: 'string',
    format: 'uri',
    pattern: '^https?://',
    title: '网址 (http(s) URL)',
    description: '以 http:// 或 https:// 开头的完整网址。',
  },
  timeUnit: enumField(TIME_UNITS, '时限单位 (time unit)', '时限单位。5 个工作日折算为 7 个自然日；其他单位之间不换算。'),
  limit: object(
    '时限 (limit)',
    '环节时限：数值加单位。',
    limitProperties('环节时限'),
    ['value', 'unit'],
  ),
  limitWithNote: object(
    '时限 (limit with note)',
    '办结时限：数值、单位与说明。',
    {
      ...limitProperties('办结时限'),
      note: text('时限说明 (note)', '时限说明，如“不含听证、专家评审时间”。'),
    },
    ['value', 'unit'],
  ),
  timeLimitValue: {
    title: '时限或“无” (limit or none)',
    description: '一个时限 {value, unit, note?}，或文字 none 表示无法定时限（无承诺时限）。',
    if: { type: 'string' },
    then: { const: 'none', title: '无时限 (none)', description: '写 none 表示没有此项时限。' },
    else: { $ref: defPointer('limitWithNote') },
  },
  timeLimit: object(
    '办结时限 (time limit)',
    '法定办结时限与承诺办结时限。行政许可、行政给付、行政确认、公共服务事项必须填写。',
    {
      statutory: ref('timeLimitValue', '法定办结时限 (statutory limit)', '法律法规规定的办结时限；无法定时限时写 none。'),
      promised: ref('timeLimitValue', '承诺办结时限 (promised limit)', '本机关承诺的办结时限，不得超过法定时限；规则 process-time 以它（否则法定时限）核对流程各环节时限之和。'),
    },
  ),
  basisEntry: object(
    '实施依据 (basis entry)',
    '一条法律依据：层级与名称必填，可注明条款与条文。',
    BASIS_ENTRY_PROPERTIES,
    ['level', 'title'],
  ),
  basis: list(
    { $ref: defPointer('basisEntry') },
    '实施依据 (basis)',
    '实施依据（设定依据）列表。规则 basis-required 要求至少一条。',
  ),
  powerContact: object(
    '联系方式 (contact)',
    '事项的咨询与监督电话，覆盖部门的同名设置。',
    { phone: PHONE, supervisionPhone: SUPERVISION_PHONE },
  ),
  departmentContact: object(
    '联系方式 (contact)',
    '部门的咨询电话、监督电话与地址，事项未填写时沿用。',
    {
      phone: PHONE,
      supervisionPhone: SUPERVISION_PHONE,
      address: text('地址 (address)', '办公或办事地址。'),
    },
  ),
  nextBranch: object(
    '去向 (branch)',
    '一条带标签的去向：目标环节与条件标签（如“符合”“不符合”）。',
    {
      to: idRef('目标环节 (to)', '后续环节的 id（同一流程内）。'),
      label: nonEmptyText('条件标签 (label)', '去向的条件或说明，如“材料齐全”“不予受理”。'),
    },
    ['to', 'label'],
  ),
  stepNext: {
    title: '后续环节 (next)',
    description: '后续环节：一个环节 id，或带标签的去向列表 [{to, label}]。判断环节须至少两条带标签的去向；结束环节没有后续环节。',
    if: { type: 'string' },
    then: { type: 'string', minLength: 1, title: '后续环节 id (next step id)', description: '唯一后续环节的 id。' },
    else: list({ $ref: defPointer('nextBranch') }, '去向列表 (branches)', '带标签的去向列表。'),
  },
  step: object(
    '流程环节 (step)',
    '流程中的一个环节。',
    {
      id: ref('slug', '环节标识 (step id)', '环节标识，在本流程内唯一；风险点 risks[].step 与去向 next 引用它。'),
      name: nonEmptyText('环节名称 (step name)', '环节名称，如“受理”“审查”“决定”。'),
      type: enumField(STEP_TYPES, '环节类型 (step type)', '环节类型。', { default: DEFAULTS.stepType }),
      actor: nonEmptyText(
        '执行者 (actor)',
        '内部流程：本事项实施主体的岗位 id（规则 process-actor 核对）；外部流程：文字，如“申请人”“窗口”。',
      ),
      duty: text('环节职责 (duty)', '本环节的工作内容与标准。'),
      limit: ref('limit', '环节时限 (step limit)', '本环节时限；规则 process-time 核对最长路径各环节时限之和不超过承诺（否则法定）时限。'),
      function: enumField(STEP_FUNCTIONS, '环节职能 (function)', '本环节行使的职能，供 separation-of-duties 与 power-concentration 检查。'),
      next: ref('stepNext', '后续环节 (next)', '后续环节：一个环节 id，或 [{to, label}] 去向列表。'),
    },
    ['id', 'name'],
  ),
  processBody: object(
    '流程内容 (process body)',
    '内联流程：只含环节列表，视图取自所在键（external 外部 / internal 内部）。',
    { steps: stepsProperty() },
    ['steps'],
  ),
  processEntry: {
    title: '流程 (process)',
    description: '内联流程 {steps: [...]}，或引用流程模板 {use: 模板 id}。',
    type: 'object',
    // `properties` beside `required` satisfies ajv's strictRequired; it only annotates.
    if: {
      properties: { use: { title: '流程模板 (use)', description: '有 use 键即为引用模板。' } },
      required: ['use'],
    },
    then: object(
      '引用流程模板 (use template)',
      '引用一个可复用的流程模板（kind: Process），其视图须与所在键一致。',
      { use: idRef('流程模板 (use)', '流程模板（kind: Process）的 id；规则 process-ref 核对其存在且视图一致。') },
      ['use'],
    ),
    else: { $ref: defPointer('processBody') },
  },
};
