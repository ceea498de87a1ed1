import { isWritten } from '../../domain/accountability.js';
import { HISTORY_ACTION, termOf } from '../../format/vocabulary.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'missing' | 'blank';

export const historyBasis = defineRule<MessageId>({
  meta: {
    id: 'history-basis',
    defaultSeverity: 'warning',
    scope: 'file',
    description: {
      'zh-CN': '动态调整记录（history）的每一条都应写明调整依据（basis：决定调整的文件名称和文号），公众和监督机关才能查证这次调整。',
      en: 'Every entry of a power\'s change history (history) should name its basis (basis: the title and number of the document that decided the change), so that the public and supervisors can verify it.',
    },
    messages: {
      missing: {
        'zh-CN': '「{name}」{date} 的调整记录（{action}）没有写调整依据（basis）：写明决定调整的文件名称和文号',
        en: 'the change of "{name}" on {date} ({action}) gives no basis (basis): name the document that decided it, with its number',
      },
      blank: {
        'zh-CN': '「{name}」{date} 的调整记录（{action}）的调整依据（basis）是空的：写明决定调整的文件名称和文号',
        en: 'the basis (basis) of the change of "{name}" on {date} ({action}) is blank: name the document that decided it, with its number',
      },
    },
    examples: {
      bad: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\nhistory:\n  - {date: "2019-01-01", action: added}\n  - {date: "2021-06-01", action: adjusted, basis: ""}\n',
      good: 'kind: Power\ncode: "000131001000"\nname: 食品经营许可\n# …\nhistory:\n  - {date: "2019-01-01", action: added, basis: 青水县人民政府关于公布县级权责清单的决定（青府发〔2018〕21号）}\n',
    },
  },
  check: ({ model }) => model.powers.flatMap(checkPower),
});

function checkPower(power: Entity<PowerData>): Finding<MessageId>[] {
  const name = textOf(power.data.name) ?? textOf(power.data.code) ?? '';
  return listOf(power.data.history).flatMap((item, i) => {
    const entry = recordOf(item);
    if (!entry || isWritten(entry.basis)) return [];
    const data = { name, date: textOf(entry.date) ?? '', action: termOf(HISTORY_ACTION, entry.action) ?? textOf(entry.action) ?? '' };
    return [entry.basis === undefined ? { messageId: 'missing' as const, data, target: missingIn(power, 'history', i) } : { messageId: 'blank' as const, data, target: valueAt(power, 'history', i, 'basis') }];
  });
}
