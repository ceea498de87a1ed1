import { codeIdentity } from '../../domain/code-identity.js';
import { nationalCodeOf } from '../../domain/national-code.js';
import { isUnit } from '../../domain/ownership.js';
import { normalizedNameOf } from '../../domain/power-name.js';
import { indexesOf } from '../../model/indexes.js';
import { textOf } from '../../model/read.js';
import type { Entity, PowerData } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';
import { repeatedGroups } from '../../util/repeated-groups.js';

type MessageId = 'sameName' | 'sameCode' | 'oneSided' | 'otherOwner';

interface Owned {
  power: Entity<PowerData>;
  /** Position in model order. */
  index: number;
  department: string;
  jointWith: ReadonlySet<string>;
  name: string;
  /** `type` + normalised name, when both are given. */
  nameKey: string | undefined;
  /** The 12-char basic code of a code with the national structure. */
  basic: string | undefined;
  /** The code as it reads (codeIdentity): a power listed again under the same code is a copy. */
  code: string | undefined;
}

export const ownerAmbiguous = defineRule<MessageId>({
  meta: {
    id: 'owner-ambiguous',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['code', 'department', 'jointWith', 'name', 'status', 'type'],
    partition: { by: ['name', 'basic'] },
    description: {
      'zh-CN':
        '同一权力（类型相同且名称相同，比较时忽略全角/半角、中英文括号、空格和“（县级）”之类的层级后缀；或 12 位基本编码相同）由两个以上部门实施时，这些部门必须在各自事项的 jointWith 中互相列明，否则就是职责交叉、多头执法。',
      en: 'When the same power (same type and name, ignoring full/half width, bracket style, spaces and level suffixes such as (county level); or the same 12-char basic code) is owned by two or more departments, each must list the other in its power\'s jointWith; otherwise duties overlap.',
    },
    // A copied power keeps its code: the duplicated code is the mistake to fix first.
    yieldsTo: ['code-duplicate'],
    messages: {
      sameName: {
        'zh-CN': '「{name}」已由「{other}」实施，这里又由「{department}」实施，双方未在 jointWith 中互相列明（职责交叉、多头执法）：确属共同实施的，在双方事项的 jointWith 中互相写明；否则理顺职责，只留一个实施主体',
        en: '"{name}" is already owned by "{other}" and is owned here by "{department}", and they do not list each other in jointWith (overlapping duties); if they share it lawfully, list each other in jointWith on both powers, otherwise keep one owner',
      },
      sameCode: {
        'zh-CN': '基本编码「{basic}」已由「{other}」的「{otherName}」使用，这里「{department}」的「{name}」也是此事项，双方未在 jointWith 中互相列明（职责交叉、多头执法）：确属共同实施的，在双方事项的 jointWith 中互相写明；否则改正编码或理顺职责',
        en: 'basic code "{basic}" is already used by "{otherName}" of "{other}", and "{name}" of "{department}" here is the same item, and they do not list each other in jointWith (overlapping duties); if they share it lawfully, list each other in jointWith on both powers, otherwise correct the code or keep one owner',
      },
      oneSided: {
        'zh-CN': '「{lister}」的事项在 jointWith 中列了「{missing}」，但「{missing}」实施的同一权力「{missingName}」没有列回「{lister}」：共同实施须在双方事项的 jointWith 中互相写明',
        en: 'the power of "{lister}" lists "{missing}" in jointWith, but the same power owned by "{missing}" ("{missingName}") does not list "{lister}"; joint owners must list each other on both powers',
      },
      otherOwner: { 'zh-CN': '「{other}」也实施此权力', en: '"{other}" also owns this power' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: commerce\nname: 青水县商务局\n---\nkind: Department\nid: culture\nname: 青水县文化广播电视和旅游局\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: market\n---\nkind: Power\ncode: "11100000MB0341032Y4000222005000"\nname: 对擅自举办营业性演出的处罚\ntype: penalty\ndepartment: market\n---\nkind: Power\ncode: "000231006000"\nname: 对销售假冒伪劣商品的处罚\ntype: penalty\ndepartment: market\njointWith: [culture]\n---\n# powers/commerce.yaml\nkind: Power\ncode: "000221001000"\nname: 对无照经营的处罚（县级）\ntype: penalty\ndepartment: commerce\n---\n# powers/culture.yaml\nkind: Power\ncode: "11440100007482575H4000222005000"\nname: 对未经批准举办营业性演出的处罚\ntype: penalty\ndepartment: culture\n---\nkind: Power\ncode: "000222006000"\nname: 对销售假冒伪劣商品的处罚\ntype: penalty\ndepartment: culture\n',
      good: '# departments/departments.yaml\nkind: Department\nid: market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: commerce\nname: 青水县商务局\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: market\njointWith: [commerce]\n---\n# powers/commerce.yaml\nkind: Power\ncode: "000221001000"\nname: 对无照经营的处罚（县级）\ntype: penalty\ndepartment: commerce\njointWith: [market]\n',
    },
  },
  check: ({ model }) => {
    const byId = indexesOf(model).departmentById;
    const owned: Owned[] = [];
    model.powers.forEach((power, index) => {
      const department = textOf(power.data.department);
      const owner = department === undefined ? undefined : byId.get(department);
      // Unknown owners and units are owner-unknown's and owner-not-legal-subject's; abolished powers are history.
      if (department === undefined || !owner || isUnit(owner) || power.data.status === 'abolished') return;
      const type = textOf(power.data.type)?.trim();
      const name = textOf(power.data.name) ?? '';
      const normalName = normalizedNameOf(power);
      const code = textOf(power.data.code);
      owned.push({
        power,
        index,
        department,
        jointWith: Array.isArray(power.data.jointWith) ? new Set(power.data.jointWith.filter((d): d is string => typeof d === 'string')) : NONE,
        name,
        nameKey: type && normalName !== '' ? `${type}\u0000${normalName}` : undefined,
        basic: code === undefined ? undefined : nationalCodeOf(code)?.basic,
        code: code === undefined ? undefined : codeIdentity(code),
      });
    });
    const byName = groupBy(owned, (o) => o.nameKey);
    const byCode = groupBy(owned, (o) => o.basic);
    const findings: Finding<MessageId>[] = [];
    for (const power of owned) {
      const nameGroup = power.nameKey === undefined ? undefined : byName.get(power.nameKey);
      const codeGroup = power.basic === undefined ? undefined : byCode.get(power.basic);
      if (!nameGroup && !codeGroup) continue; // most powers
      const sameName = conflicts(power, nameGroup);
      const sameCode = conflicts(power, codeGroup);
      const earlierName = sameName.find((o) => o.index < power.index);
      const earlier = earlierName ?? sameCode.find((o) => o.index < power.index);
      if (!earlier) continue;
      const others = [...new Set([...sameName, ...sameCode])].sort((a, b) => a.index - b.index);
      const lister = power.jointWith.has(earlier.department) ? power : earlier.jointWith.has(power.department) ? earlier : undefined;
      const missing = lister === power ? earlier : power;
      findings.push({
        messageId: lister ? 'oneSided' : earlierName ? 'sameName' : 'sameCode',
        data: lister
          ? { lister: lister.department, missing: missing.department, missingName: missing.name }
          : { name: power.name, department: power.department, other: earlier.department, otherName: earlier.name, basic: power.basic ?? '' },
        target: valueAt(power.power, earlierName ? 'name' : 'code'),
        related: others.map((o) => ({ target: valueAt(o.power, 'department'), messageId: 'otherOwner' as const, data: { other: o.department } })),
        // the same power under the very same code is a copied listing: code-duplicate's finding
        ...(power.code !== undefined && power.code === earlier.code && { about: ['/code'] }),
      });
    }
    return findings;
  },
});

const NONE: ReadonlySet<string> = new Set();

/** Groups in one pass; only groups owned by two or more departments are kept. */
function groupBy(owned: readonly Owned[], keyOf: (o: Owned) => string | undefined): Map<string, Owned[]> {
  const groups = repeatedGroups(owned, keyOf);
  for (const [key, group] of groups) if (!group.some((o) => o.department !== group[0]!.department)) groups.delete(key);
  return groups;
}

/** The powers of a group owned by another department without a jointWith listing on both sides. */
function conflicts(power: Owned, group: readonly Owned[] | undefined): Owned[] {
  if (!group) return [];
  return group.filter((o) => o.department !== power.department && !(power.jointWith.has(o.department) && o.jointWith.has(power.department)));
}
