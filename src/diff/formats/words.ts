import type { Lang, Words } from '../../core/messages.js';
import { POWER_FIELDS } from '../../format/power-fields.js';
import { HANDLING_ITEM_KIND, HISTORY_ACTION, termOf } from '../../format/vocabulary.js';
import type { BurdenField } from '../result.js';

/*
 * The words of the diff reports. Power keys are named by the disclosure policy's labels
 * (src/format/power-fields.ts), actions by the vocabulary; what is here is only the diff's own:
 * its categories, and the members of a guide, a step and an item that a change line names.
 */

export const CATEGORY = {
  burdenUp: { zh: '加重负担', en: 'Burden up' },
  burdenDown: { zh: '减轻负担', en: 'Burden down' },
  added: { zh: '新增', en: 'Added' },
  removed: { zh: '删除（未经取消）', en: 'Removed (deleted, not abolished)' },
  abolished: { zh: '取消', en: 'Abolished' },
  superseded: { zh: '编码被取代', en: 'Superseded' },
  changed: { zh: '调整', en: 'Changed' },
} as const satisfies Record<string, Words>;
export type Category = keyof typeof CATEGORY;

export const WORDS = {
  title: { zh: '清单变化', en: 'Catalogue changes' },
  publicOnly: { zh: '只比较网站公开的内容', en: 'only what the site publishes is compared' },
  none: { zh: '没有变化。', en: 'No changes.' },
  absent: { zh: '（无）', en: '(none)' },
  items: { zh: '项', en: '' },
  count: { zh: '事项数', en: 'Powers' },
  change: { zh: '变化', en: 'Change' },
  total: { zh: '合计', en: 'In all' },
  addedStep: { zh: '新增环节', en: 'step added' },
  removedStep: { zh: '删除环节', en: 'step removed' },
  step: { zh: '环节', en: 'step' },
  addedItem: { zh: '新增', en: 'added' },
  removedItem: { zh: '删除', en: 'removed' },
  abolishedOn: { zh: '取消日期', en: 'abolished on' },
  reason: { zh: '理由', en: 'reason' },
  free: { zh: '不收费', en: 'free of charge' },
  immediate: { zh: '即办件', en: 'immediate' },
  statutory: { zh: '法定', en: 'statutory' },
  promised: { zh: '承诺', en: 'promised' },
  noLimit: { zh: '无时限', en: 'no limit' },
  notPublic: { zh: '不予公开', en: 'withheld' },
  withheld: { zh: '部分不予公开', en: 'partly withheld' },
  noBasis: { zh: '以下加重负担的调整没有调整依据（history 中本次新增、写明 basis 的记录）', en: 'these burden-up changes have no basis (a history entry added with this change that gives its basis)' },
} as const satisfies Record<string, Words>;

const GUIDE = {
  conditions: { zh: '受理条件', en: 'conditions' },
  materials: { zh: '申请材料', en: 'materials' },
  place: { zh: '办理地点', en: 'place' },
  hours: { zh: '办理时间', en: 'hours' },
  url: { zh: '办事指南网址', en: 'guide URL' },
  visits: { zh: '到现场次数', en: 'visits in person' },
  onlineDepth: { zh: '网上办理深度', en: 'online depth' },
  results: { zh: '办理结果', en: 'results' },
  quantityLimit: { zh: '数量限制', en: 'quantity limit' },
  intermediaries: { zh: '中介服务', en: 'intermediary services' },
  specialProcedures: { zh: '特别程序', en: 'special procedures' },
} as const satisfies Record<string, Words>;

const STEP = {
  name: { zh: '名称', en: 'name' },
  type: { zh: '类型', en: 'type' },
  actor: { zh: '执行者', en: 'actor' },
  actorName: { zh: '执行岗位', en: 'post' },
  duty: { zh: '职责', en: 'duty' },
  limit: { zh: '时限', en: 'time limit' },
  function: { zh: '职能', en: 'function' },
  next: { zh: '去向', en: 'next' },
} as const satisfies Record<string, Words>;

const ITEM_KIND: Words = { zh: '类型', en: 'kind' };

export const fieldLabel = (field: string): Words => termOf(POWER_FIELDS, field) ?? { zh: field, en: field };
export const guideLabel = (key: string): Words => termOf(GUIDE, key) ?? { zh: key, en: key };
export const stepLabel = (key: string): Words => termOf(STEP, key) ?? { zh: key, en: key };
/** A sub-item's or handling item's member: named as the Power key of the same name. */
export const itemLabel = (key: string): Words => (key === 'kind' ? ITEM_KIND : fieldLabel(key));
export const actionLabel = (action: string): Words => termOf(HISTORY_ACTION, action) ?? { zh: action, en: action };
export const itemKindLabel = (kind: string): Words => termOf(HANDLING_ITEM_KIND, kind) ?? { zh: kind, en: kind };

export function burdenLabel(field: BurdenField): Words {
  return field.startsWith('guide.') ? joinWords([fieldLabel('guide'), guideLabel(field.slice('guide.'.length))], ' · ') : fieldLabel(field);
}

export const say = (words: Words, lang: Lang): string => (lang === 'en' ? words.en : words.zh);

export function joinWords(parts: readonly Words[], separator: string | Words): Words {
  const sep = typeof separator === 'string' ? { zh: separator, en: separator } : separator;
  return { zh: parts.map((p) => p.zh).join(sep.zh), en: parts.map((p) => p.en).join(sep.en) };
}

/** `3 项` / `3`. */
export const countOf = (n: number, lang: Lang): string => (lang === 'en' ? String(n) : `${n} 项`);
