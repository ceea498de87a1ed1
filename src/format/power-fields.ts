import type { Term } from './vocabulary.js';

/*
 * The disclosure policy (FORMAT §2 `disclosure`, §4): every top-level field of a Power with what
 * the public may see of it. `identity` fields are published for every power, also one with
 * `public: false`; `structure` fields are the document's own machinery, never data to publish or
 * withhold; every other field can be withheld by name (`disclosure.withhold`), and is then named
 * on the page as withheld (本项不予公开：…), never silently absent. The schema's `withhold` enum,
 * the public projection, the flowcharts, the exports and the docs derive from this table.
 */

type Disclosure = 'identity' | 'structure' | 'withholdable';

interface FieldPolicy<D extends Disclosure = Disclosure> extends Term {
  readonly disclosure: D;
}

function field(zh: string, en: string): FieldPolicy<'withholdable'>;
function field<D extends Disclosure>(zh: string, en: string, disclosure: D): FieldPolicy<D>;
function field(zh: string, en: string, disclosure: Disclosure = 'withholdable'): FieldPolicy {
  return { zh, en, disclosure };
}

/** Power fields in FORMAT.md order. */
export const POWER_FIELDS = {
  kind: field('文档类型', 'Kind', 'structure'),
  code: field('权力编码', 'Code', 'identity'),
  name: field('权力名称', 'Name', 'identity'),
  type: field('权力类型', 'Type', 'identity'),
  department: field('实施主体', 'Department', 'identity'),
  level: field('行使层级', 'Level of government'),
  timeLimit: field('办结时限', 'Time limits'),
  undertaker: field('承办机构', 'Handled by'),
  jointWith: field('共同实施部门', 'Exercised jointly with'),
  source: field('权力来源', 'Source of the power'),
  basis: field('设定和实施依据', 'Legal basis'),
  subItems: field('子项', 'Sub-items'),
  handlingItems: field('业务办理项', 'Handling items'),
  fees: field('收费', 'Fees'),
  serviceObjects: field('服务对象', 'Who can apply'),
  handling: field('办理形式', 'How to apply'),
  online: field('网上办理', 'Apply online'),
  guide: field('办事指南', 'Service guide'),
  responsibilities: field('责任事项', 'Responsibilities'),
  accountability: field('追责情形', 'Accountability'),
  discretion: field('裁量基准', 'Discretion standards'),
  process: field('运行流程', 'Processes'),
  risks: field('廉政风险点', 'Integrity risks'),
  disclosure: field('公开属性', 'Disclosure', 'structure'),
  status: field('事项状态', 'Status'),
  abolishedOn: field('取消日期', 'Abolished on'),
  reason: field('取消理由', 'Reason for abolition'),
  contact: field('联系方式', 'Contact'),
  effective: field('生效日期', 'In force since'),
  note: field('备注', 'Notes'),
  history: field('调整记录', 'Change history'),
  supersedes: field('取代的事项编码', 'Codes it replaces'),
  upstream: field('上级目录事项', 'Item of the upstream list'),
} as const satisfies Readonly<Record<string, FieldPolicy>>;

/** One flowchart of `process` withheld on its own. */
export const PROCESS_VIEW_FIELDS = {
  externalProcess: field('外部流程图', 'External flowchart'),
  internalProcess: field('内部流程图', 'Internal flowchart'),
} as const satisfies Readonly<Record<string, FieldPolicy>>;

export type PowerField = keyof typeof POWER_FIELDS;
type FieldsWith<D extends Disclosure> = { [F in PowerField]: (typeof POWER_FIELDS)[F]['disclosure'] extends D ? F : never }[PowerField];
export type IdentityField = FieldsWith<'identity'>;
/** What `disclosure.withhold` may name: a misspelt field name does not compile. */
export type WithholdableField = FieldsWith<'withholdable'> | keyof typeof PROCESS_VIEW_FIELDS;

const ALL_FIELDS = { ...POWER_FIELDS, ...PROCESS_VIEW_FIELDS };

/** Every field `withhold` accepts, in FORMAT order, the two flowchart views last. */
export const WITHHOLDABLE_FIELDS: readonly WithholdableField[] = (Object.keys(ALL_FIELDS) as (keyof typeof ALL_FIELDS)[]).filter(
  (field): field is WithholdableField => ALL_FIELDS[field].disclosure === 'withholdable',
);

export function isWithholdable(value: unknown): value is WithholdableField {
  return typeof value === 'string' && (WITHHOLDABLE_FIELDS as readonly string[]).includes(value);
}

/** How a withheld field is named to the reader (本项不予公开：廉政风险点). */
export const withheldLabel = (field: WithholdableField): Term => ALL_FIELDS[field];
