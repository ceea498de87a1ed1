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
    powerKeys: ['code', 'subItems', 'name'],
    description: {
      'zh-CN': '权力编码在整个清单中必须唯一，权力事项和子项的编码一起计算。重复的编码在后出现处报告，其余各处列为相关位置。',
      en: 'A code must be unique across the catalogue, powers and sub-items together. It is reported at the later occurrence, with every other one as a related location.',
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
    for (const [code, uses] of repeatedGroups(indexesOf(model).codes, (use) => use.code)) {
      const first = uses[0]!;
      for (const use of uses.slice(1)) {
        findings.push({
          messageId: 'duplicate',
          data: { code, firstName: nameOf(first), count: uses.length },
          target: valueAt(use.power, ...use.path),
          related: uses.filter((u) => u !== use).map((u) => ({ target: valueAt(u.power, ...u.path), messageId: 'otherUse', data: { code } })),
        });
      }
    }
    return findings;
  },
});

function nameOf(use: CodeOccurrence): string {
  const power = use.power.data;
  const subItem = use.subItem === undefined ? undefined : (power.subItems as unknown[] | undefined)?.[use.subItem];
  return textOf((subItem as { name?: unknown } | undefined)?.name) ?? textOf(power.name) ?? '';
}
