import { isWritten } from '../../domain/accountability.js';
import { recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding, type Related } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'missingReasonAndBasis' | 'missingReason' | 'missingBasis' | 'notPublic' | 'withheldFields';

export const disclosureException = defineRule<MessageId>({
  meta: {
    id: 'disclosure-exception',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN': '公开是原则，不公开是例外：整项不公开（public: false）或部分字段不公开（withhold）的权力事项，必须同时写明不公开的理由（reason）和依据（basis）。',
      en: 'Disclosure is the rule and withholding the exception: a power withheld whole (public: false) or in part (withhold) states both the reason (reason) and the legal basis (basis) for withholding.',
    },
    messages: {
      missingReasonAndBasis: {
        'zh-CN': '不公开（{withheld}）须写明理由（reason）和依据（basis），两者都缺',
        en: 'withholding ({withheld}) needs a reason (reason) and a basis (basis); both are missing',
      },
      missingReason: {
        'zh-CN': '不公开（{withheld}）须写明理由（reason），现在只写了依据',
        en: 'withholding ({withheld}) needs a reason (reason); only the basis is given',
      },
      missingBasis: {
        'zh-CN': '不公开（{withheld}）须写明依据（basis），现在只写了理由',
        en: 'withholding ({withheld}) needs a basis (basis); only the reason is given',
      },
      notPublic: { 'zh-CN': '此处规定整项不公开', en: 'the whole power is withheld here' },
      withheldFields: { 'zh-CN': '此处列出不公开的字段：{fields}', en: 'these fields are withheld here: {fields}' },
    },
    examples: {
      bad: 'kind: Power\n# …\ndisclosure:\n  public: false\n---\nkind: Power\n# …\ndisclosure:\n  withhold: [risks]\n  basis: 《中华人民共和国政府信息公开条例》第十四条\n---\nkind: Power\n# …\ndisclosure:\n  withhold: [discretion]\n  reason: 裁量基准细则载明执法检查部署\n',
      good: 'kind: Power\n# …\ndisclosure:\n  withhold: [risks]\n  reason: 廉政风险点载明检查部署，公开后可能影响执法检查的正常进行\n  basis: 《中华人民共和国政府信息公开条例》第十四条、第十六条\n',
    },
  },
  check: ({ model }) => model.powers.flatMap((power) => checkPower(power)),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const disclosure = recordOf(power.data.disclosure);
  if (!disclosure) return [];
  const withheld: string[] = [];
  const related: Related<MessageId>[] = [];
  if (disclosure.public === false) {
    withheld.push('public: false');
    related.push({ target: valueAt(power, 'disclosure', 'public'), messageId: 'notPublic', data: {} });
  }
  if (Array.isArray(disclosure.withhold) && disclosure.withhold.length > 0) {
    const fields = disclosure.withhold.map((f) => textOf(f) ?? JSON.stringify(f)).join(', ');
    withheld.push(`withhold: ${fields}`);
    related.push({ target: valueAt(power, 'disclosure', 'withhold'), messageId: 'withheldFields', data: { fields } });
  }
  if (withheld.length === 0) return [];
  const hasReason = isWritten(disclosure.reason);
  const hasBasis = isWritten(disclosure.basis);
  if (hasReason && hasBasis) return [];
  const messageId = !hasReason && !hasBasis ? 'missingReasonAndBasis' : hasReason ? 'missingBasis' : 'missingReason';
  return [{ messageId, data: { withheld: withheld.join('; ') }, target: missingIn(power, 'disclosure'), related }];
}
