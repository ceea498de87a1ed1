import { hasEntries } from '../../model/read.js';
import type { PowerData } from '../../model/types.js';
import type { LocalizedText } from '../../core/messages.js';
import { defineRule, type Rule } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';
import { powerSubject } from './subject.js';

export interface RequiredListSpec {
  id: string;
  field: keyof PowerData;
  /** e.g. 实施依据 / legal basis */
  label: LocalizedText;
  description: LocalizedText;
  examples: { bad: string; good: string };
}

type MessageId = 'missing' | 'empty';

/** A power must list at least one entry of a field (basis, responsibilities, accountability). */
export function requiredListRule(spec: RequiredListSpec): Rule<MessageId> {
  const { field, label } = spec;
  return defineRule<MessageId>({
    meta: {
      id: spec.id,
      defaultSeverity: 'error',
      scope: 'file',
      description: spec.description,
      messages: {
        missing: {
          'zh-CN': `{power}缺少${label['zh-CN']}（${field}），至少写一项`,
          en: `{power} gives no ${label.en} (${field}); list at least one`,
        },
        empty: {
          'zh-CN': `{power}的${label['zh-CN']}（${field}）是空列表，至少写一项`,
          en: `{power} has an empty list of ${label.en} (${field}); list at least one`,
        },
      },
      examples: spec.examples,
      // `responsibilites:` misspelt, or the field of the wrong type: the schema's finding says it.
      yieldsTo: ['schema'],
    },
    check: ({ model }) =>
      model.powers
        .filter((power) => !hasEntries(power.data[field]))
        .map((power) =>
          Array.isArray(power.data[field])
            ? { messageId: 'empty' as const, data: { power: powerSubject(power.data) }, target: valueAt(power, field) }
            : { messageId: 'missing' as const, data: { power: powerSubject(power.data) }, target: missingIn(power), about: [`/${field}`] },
        ),
  });
}
