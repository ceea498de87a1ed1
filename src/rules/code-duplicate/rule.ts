import { codeIdentity } from '../../domain/code-identity.js';
import { indexesOf, type CodeOccurrence } from '../../model/indexes.js';
import { textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';
import { repeatedGroups } from '../../util/repeated-groups.js';

type MessageId = 'duplicate' | 'otherUse';

export const codeDuplicate = defineRule<MessageId>({
  meta: {
    id: 'code-duplicate',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['code', 'subItems', 'handlingItems', 'name'],
    partition: { by: ['code'] },
    description: {
      'zh-CN':
        '权力编码在整个清单中必须唯一，权力事项、子项和业务办理项的编码一起计算；看起来相同的编码就是同一个编码（全角与半角视为相同，零宽空格、方向控制符等看不见的字符不计，这些字符本身由 code-format 报告）。重复的编码在后出现处报告，其余各处从第一次使用起至多 10 处列为相关位置。',
      en: 'A code must be unique across the catalogue, powers, sub-items and handling items together; codes that look the same are the same (full-width and half-width alike, invisible characters such as zero-width spaces and bidi controls not counted — code-format reports those). It is reported at the later occurrence, with up to 10 of the others, the first use first, as related locations.',
    },
    messages: {
      duplicate: {
        'zh-CN': '编码「{code}」重复：已用于「{firstName}」（共 {count} 处）',
        en: 'code "{code}" is used more than once: already by "{firstName}" ({count} uses)',
      },
      otherUse: { 'zh-CN': '编码「{code}」也用于此处', en: 'code "{code}" is also used here' },
    },
    examples: {
      bad: '# powers/a.yaml\nkind: Power\ncode: "000131001000"\nname: 对无照经营的处罚\n---\nkind: Power\ncode: "000131001000"\nname: 对虚假宣传的处罚\n',
      good: '# powers/a.yaml\nkind: Power\ncode: "000131001000"\nname: 对无照经营的处罚\n---\nkind: Power\ncode: "000131002000"\nname: 对虚假宣传的处罚\n',
    },
  },
  check: ({ model }) => {
    const findings: Finding<MessageId>[] = [];
    for (const uses of repeatedGroups(indexesOf(model).codes, (use) => codeIdentity(use.code)).values()) {
      const first = uses[0]!;
      uses.forEach((use, i) => {
        if (i === 0) return;
        // The others from the first use on, at most MAX_RELATED: all of 20,000 copies under each would be 4·10⁸ locations.
        const before = uses.slice(0, Math.min(i, MAX_RELATED));
        const others = [...before, ...uses.slice(i + 1, i + 1 + MAX_RELATED - before.length)];
        findings.push({
          messageId: 'duplicate',
          data: { code: use.code, firstName: nameOf(first), count: uses.length },
          target: valueAt(use.power, ...use.path),
          related: others.map((u) => ({ target: valueAt(u.power, ...u.path), messageId: 'otherUse', data: { code: u.code } })),
        });
      });
    }
    return findings;
  },
});

/** Other uses listed as related locations of one finding. */
const MAX_RELATED = 10;

function nameOf(use: CodeOccurrence): string {
  return use.name ?? textOf(use.power.data.name) ?? '';
}
