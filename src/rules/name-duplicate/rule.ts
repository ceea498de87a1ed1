import { isAbolished } from '../../domain/accountability.js';
import { normalizedNameOf } from '../../domain/power-name.js';
import { POWER_TYPE, isTermOf } from '../../format/vocabulary.js';
import { textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';
import { repeatedGroups } from '../../util/repeated-groups.js';

type MessageId = 'duplicate' | 'otherListing';

interface Listed {
  power: Entity<PowerData>;
  code: string | undefined;
  name: string;
}

export const nameDuplicate = defineRule<MessageId>({
  meta: {
    id: 'name-duplicate',
    defaultSeverity: 'warning',
    scope: 'catalogue',
    powerKeys: ['code', 'department', 'name', 'status', 'type'],
    partition: { by: ['name'] },
    description: {
      'zh-CN':
        '同一部门的两项权力类型相同、名称相同（比较时忽略全角/半角、中英文括号、空格和“（县级）”之类的层级后缀），编码却不同：同一事项被列了两次（重复事项）。在后出现的事项处报告，另一项列为相关位置。已取消的事项不参与比较。',
      en: 'Two powers of one department with the same type and name (ignoring full/half width, bracket style, spaces and level suffixes such as (county level)) but different codes: one item listed twice. Reported at the later one, with the other as a related location. Abolished powers are not compared.',
    },
    messages: {
      duplicate: {
        'zh-CN': '「{name}」与本部门已列的「{otherName}」（编码「{otherCode}」）是同一事项（{type}），却用了另一个编码「{code}」：同一事项列了两次（重复事项）；请合并为一项，或把名称写得能够区分',
        en: '"{name}" is the same item ({type}) as "{otherName}" (code "{otherCode}") already listed by this department, under another code "{code}": one item listed twice; merge them, or name them so that they can be told apart',
      },
      otherListing: { 'zh-CN': '同一事项已列于此（编码「{code}」）', en: 'the same item is listed here (code "{code}")' },
    },
    examples: {
      bad: '# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231009000"\nname: 对无照经营的处罚（县级）\ntype: penalty\ndepartment: scjgj\n',
      good: '# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\n---\nkind: Power\ncode: "000231009000"\nname: 对无证经营的处罚\ntype: penalty\ndepartment: scjgj\n',
    },
  },
  check: ({ model }) => {
    const keyOf = (power: Entity<PowerData>) => {
      const department = textOf(power.data.department);
      // Abolished powers are history; a power without owner, type or name cannot be compared.
      if (department === undefined || !isTermOf(POWER_TYPE, power.data.type) || isAbolished(power.data)) return undefined;
      const normal = normalizedNameOf(power);
      return normal === '' ? undefined : `${department}\u0000${power.data.type}\u0000${normal}`;
    };
    const listedOf = (power: Entity<PowerData>): Listed => ({ power, code: textOf(power.data.code), name: textOf(power.data.name)! });
    const findings: Finding<MessageId>[] = [];
    for (const powers of repeatedGroups(model.powers, keyOf).values()) {
      const group = powers.map(listedOf);
      group.forEach((later, i) => {
        // The same code twice is code-duplicate's finding.
        const first = group.slice(0, i).find((o) => o.code !== later.code);
        if (!first) return;
        findings.push({
          messageId: 'duplicate',
          data: { name: later.name, code: later.code ?? '', otherName: first.name, otherCode: first.code ?? '', type: POWER_TYPE[later.power.data.type!] },
          target: valueAt(later.power, 'name'),
          related: group
            .filter((o) => o !== later && o.code !== later.code)
            .map((o) => ({ target: valueAt(o.power, 'name'), messageId: 'otherListing' as const, data: { code: o.code ?? '' } })),
        });
      });
    }
    return findings;
  },
});
