// Shared building blocks of the catalogue JSON Schemas (FORMAT.md, version 2).
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

import { BASIS_LEVEL, BASIS_ROLE, HANDLING_ITEM_KIND, STEP_FUNCTION, STEP_TYPE, TIME_UNIT, type Term, type Vocabulary } from '../format/vocabulary.js';

/** A JSON Schema (draft 2020-12) node, as a plain object. */
export type Schema = { [keyword: string]: unknown };

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

// ---------------------------------------------------------------------------------------------
// Enumerations come from the format's vocabulary (src/format/vocabulary.ts); the schema only
// describes them.

/** Defaults FORMAT.md gives; emitted as `default:` annotations. */
export const DEFAULTS = {
  formatVersion: 1,
  codeProfile: 'free',
  unit: false,
  status: 'active',
  stepType: 'task',
  public: true,
  internalFlowcharts: true,
  upstreamPage: false,
  departmentOrder: 'catalogue',
} as const;

// ---------------------------------------------------------------------------------------------
// Helpers. `title` is Chinese first, English in parentheses.

type Extra = Schema;

/** `value 中文 (code)（note）`, each value of a vocabulary, for descriptions. */
export function describeEnum(vocabulary: Readonly<Record<string | number, Term>>): string {
  return Object.entries(vocabulary)
    .map(([value, term]) => `${value} ${term.zh}${term.code !== undefined ? ` (${term.code})` : ''}${term.note !== undefined ? `（${term.note}）` : ''}`)
    .join('；');
}

/** A string enumeration whose description lists every value with its Chinese meaning. */
export function enumField(vocabulary: Vocabulary, title: string, description: string, extra: Extra = {}): Schema {
  return {
    type: 'string',
    enum: Object.keys(vocabulary),
    title,
    description: `${description}取值：${describeEnum(vocabulary)}。`,
    ...extra,
  };
}

/** An integer enumeration (行使层级, 网办深度) described like a string one. */
export function integerEnumField(vocabulary: Readonly<Record<number, Term>>, title: string, description: string): Schema {
  return {
    type: 'integer',
    enum: Object.keys(vocabulary).map(Number),
    title,
    description: `${description}取值：${describeEnum(vocabulary)}。`,
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
  level: enumField(BASIS_LEVEL, '依据层级 (basis level)', '法律依据的效力层级。'),
  title: nonEmptyText('依据名称 (title)', '法律、法规、规章或规范性文件的名称，如《中华人民共和国行政许可法》。'),
  article: text('条款 (article)', '具体条款，如“第十二条第一款”。'),
  text: text('条文内容 (text)', '所引条款的原文。'),
  role: enumField(BASIS_ROLE, '依据作用 (role)', '设定依据还是实施依据，默认实施依据。', { default: 'implementing' }),
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
  | 'processEntry'
  | 'handlingItem'
  | 'handlingItems';

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
  timeUnit: enumField(TIME_UNIT, '时限单位 (time unit)', '时限单位。5 个工作日折算为 7 个自然日；其他单位之间不换算。'),
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
      immediate: bool(
        '即办件 (immediate)',
        'true 表示即办件：当场办结，不写承诺时限（规则 time-immediate），规则 process-time 不再比较。',
      ),
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
    '设定依据与实施依据列表（role 区分，默认实施依据）。规则 basis-required 要求至少一条。',
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
      type: enumField(STEP_TYPE, '环节类型 (step type)', '环节类型。', { default: DEFAULTS.stepType }),
      actor: nonEmptyText(
        '执行者 (actor)',
        '内部流程：本事项实施主体的岗位 id（规则 process-actor 核对）；外部流程：文字，如“申请人”“窗口”。',
      ),
      duty: text('环节职责 (duty)', '本环节的工作内容与标准。'),
      limit: ref('limit', '环节时限 (step limit)', '本环节时限；规则 process-time 核对最长路径各环节时限之和不超过承诺（否则法定）时限。'),
      function: enumField(STEP_FUNCTION, '环节职能 (function)', '本环节行使的职能，供 separation-of-duties 与 power-concentration 检查。'),
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
  handlingItem: object(
    '业务办理项 (handling item)',
    '事项或子项下的一个业务办理项（新设、变更、延续、注销……）。',
    {
      code: nonEmptyText(
        '办理项编码 (handling item code)',
        '业务办理项编码，全清单唯一。国家编码规则下为所属事项（或子项）的编码加 2 位序号 01–99：33 位或 14 位。',
      ),
      name: nonEmptyText('办理项名称 (handling item name)', '业务办理项名称，如“食品经营许可（新办）”。'),
      kind: enumField(HANDLING_ITEM_KIND, '办理项类型 (kind)', '业务办理项的类型。'),
      timeLimit: ref('timeLimit', '办理项时限 (time limit)', '本办理项自己的法定与承诺办结时限。'),
      online: object('网上办理 (online)', '本办理项的网上办理入口。', { url: ref('httpUrl', '网办地址 (online URL)', '网上办理入口地址（http(s)）。') }, ['url']),
      note: text('备注 (note)', '办理项备注。'),
    },
    ['code', 'name'],
  ),
  handlingItems: list(
    { $ref: defPointer('handlingItem') },
    '业务办理项 (handling items)',
    '业务办理项列表；编码由规则 code-subitem、code-duplicate 核对。',
  ),
};
