import { departmentLabel, isUnit } from '../../domain/ownership.js';
import { indexesOf } from '../../model/indexes.js';
import { textOf } from '../../model/read.js';
import type { DepartmentData, Entity } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'unitOwner' | 'unitOwnerNoParent' | 'declaredUnit';

export const ownerNotLegalSubject = defineRule<MessageId>({
  meta: {
    id: 'owner-not-legal-subject',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['department'],
    partition: 'power',
    description: {
      'zh-CN':
        '权力事项的实施主体（department）不得是内设机构（unit: true）：内设机构不具有行政主体资格，只能承办（undertaker），以其所属部门的名义实施。',
      en: 'A power\'s owner (department) may not be an internal unit (unit: true): a unit is not a legal subject of administrative law; it may only undertake the power (undertaker) in the name of the body it belongs to.',
    },
    messages: {
      unitOwner: {
        'zh-CN': '实施主体「{id}」（{name}）是内设机构，内设机构不得作为实施主体：改为 department: {suggestion}，把「{id}」写在 undertaker（承办机构）',
        en: 'the owner "{id}" ({name}) is an internal unit, which may not own a power; write department: {suggestion} and put "{id}" in undertaker',
      },
      unitOwnerNoParent: {
        'zh-CN': '实施主体「{id}」（{name}）是内设机构，内设机构不得作为实施主体：改由具有行政主体资格的部门实施，把「{id}」写在 undertaker（承办机构）',
        en: 'the owner "{id}" ({name}) is an internal unit, which may not own a power; name the body with legal standing that owns it and put "{id}" in undertaker',
      },
      declaredUnit: { 'zh-CN': '「{id}」在此声明为内设机构', en: '"{id}" is declared an internal unit here' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Department\nid: scjgj-zfdd\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: scjgj\n---\nkind: Department\nid: approval-office\nname: 行政审批股\nunit: true\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj-zfdd\n---\nkind: Power\ncode: "000131002000"\nname: 食品经营许可\ntype: licensing\ndepartment: approval-office\n',
      good: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Department\nid: scjgj-zfdd\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: scjgj\n---\n# powers/market.yaml\nkind: Power\ncode: "000231001000"\nname: 对无照经营的处罚\ntype: penalty\ndepartment: scjgj\nundertaker: scjgj-zfdd\n',
    },
  },
  check: ({ model }) => {
    const byId = indexesOf(model).departmentById;
    const memo = new Map<string, string | undefined>();
    /** The nearest body above a unit that is not itself a unit (undefined on a missing parent or a loop). */
    const ownerAbove = (unitId: string): string | undefined => {
      const chain = new Set<string>();
      let id = unitId;
      let found: string | undefined;
      for (;;) {
        if (memo.has(id)) {
          found = memo.get(id);
          break;
        }
        if (chain.has(id)) break;
        chain.add(id);
        const parentId = textOf(byId.get(id)?.data.parent);
        const parent = parentId === undefined ? undefined : byId.get(parentId);
        if (parentId === undefined || !parent) break;
        if (!isUnit(parent)) {
          found = parentId;
          break;
        }
        id = parentId;
      }
      for (const visited of chain) memo.set(visited, found);
      return found;
    };
    const findings: Finding<MessageId>[] = [];
    for (const power of model.powers) {
      const id = textOf(power.data.department);
      const unit: Entity<DepartmentData> | undefined = id === undefined ? undefined : byId.get(id);
      if (id === undefined || !unit || !isUnit(unit)) continue;
      const suggestion = ownerAbove(id);
      findings.push({
        messageId: suggestion === undefined ? 'unitOwnerNoParent' : 'unitOwner',
        data: { id, name: departmentLabel(unit, id), ...(suggestion !== undefined && { suggestion }) },
        target: valueAt(power, 'department'),
        related: [{ target: valueAt(unit, 'unit'), messageId: 'declaredUnit', data: { id } }],
      });
    }
    return findings;
  },
});
