import { casePointer } from '../../findings.js';
import { defineAuditRule } from '../rule.js';

type MessageId = 'unknown' | 'abolished' | 'abolishedUndated';

export const caseUnlisted = defineAuditRule<MessageId>({
  meta: {
    id: 'case-unlisted',
    defaultSeverity: 'error',
    description: {
      'zh-CN':
        '清单之外无权力：案件的编码必须是本清单中的权力事项、子项或业务办理项，且受理时该事项尚未取消（取消日期在受理日期之后）。否则即为清单外行权；对这样的案件，其他 case-* 规则不再判断。',
      en: 'No power outside the list: a case’s code must be a power, sub-item or handling item of the catalogue, not abolished on or before the day the case was accepted. Otherwise power was exercised off the list; the other case-* rules are silent for such a case.',
    },
    messages: {
      unknown: {
        'zh-CN': '案件 {case} 的编码 {code} 不是本清单中的权力事项、子项或业务办理项：清单外行权',
        en: 'case {case}: the code {code} is no power, sub-item or handling item of the catalogue: power exercised off the list',
      },
      abolished: {
        'zh-CN': '案件 {case} 于 {accepted} 受理，但编码 {code} 所属的权力事项「{name}」已于 {abolishedOn} 取消：清单外行权',
        en: 'case {case} was accepted on {accepted}, but the power "{name}" of code {code} was abolished on {abolishedOn}: power exercised off the list',
      },
      abolishedUndated: {
        'zh-CN': '案件 {case} 的编码 {code} 所属的权力事项「{name}」已取消：清单外行权',
        en: 'case {case}: the power "{name}" of code {code} is abolished: power exercised off the list',
      },
    },
    examples: {
      bad: '# 清单中没有 000131099001\n{"case": "2025-0001", "code": "000131099001", "accepted": "2025-03-04"}\n',
      good: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04"}\n',
    },
  },
  checkRecord: (record, { listing }) => {
    const where = { at: record.at, pointer: casePointer(record.case) };
    if (listing.kind === 'unknown') return [{ messageId: 'unknown', data: { case: record.case, code: record.code }, ...where }];
    if (listing.kind === 'listed') return [];
    const { name, abolishedOn } = listing.power;
    const data = { case: record.case, code: record.code, name, accepted: record.accepted.date };
    return [abolishedOn ? { messageId: 'abolished', data: { ...data, abolishedOn }, ...where } : { messageId: 'abolishedUndated', data, ...where }];
  },
});
