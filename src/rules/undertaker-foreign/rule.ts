import { departmentLabel, isUnit } from '../../domain/ownership.js';
import { indexesOf } from '../../model/indexes.js';
import { textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { missingIn, valueAt } from '../targets.js';

type MessageId = 'notUnit' | 'foreignUnit' | 'noParent' | 'declaredHere' | 'unitParent';

export const undertakerForeign = defineRule<MessageId>({
  meta: {
    id: 'undertaker-foreign',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['undertaker', 'department'],
    partition: 'power',
    description: {
      'zh-CN':
        '承办机构（undertaker）必须是实施主体自己的内设机构：unit: true，且 parent 是该权力的 department。别的部门或别的部门的科室承办，说明实施主体或承办机构写错了。',
      en: 'The undertaker must be an internal unit of the power\'s own owner: unit: true, with the power\'s department as its parent. An undertaker of another body means the owner or the undertaker is wrong.',
    },
    messages: {
      notUnit: {
        'zh-CN': '承办机构「{undertaker}」（{name}）不是内设机构（没有 unit: true）：承办机构应是实施主体「{department}」的内设机构；没有的话删去 undertaker',
        en: 'the undertaker "{undertaker}" ({name}) is not an internal unit (no unit: true); name a unit of the owner "{department}", or drop undertaker',
      },
      foreignUnit: {
        'zh-CN': '承办机构「{undertaker}」（{name}）是「{parent}」的内设机构，不属于实施主体「{department}」：改用「{department}」的内设机构，或改正实施主体',
        en: 'the undertaker "{undertaker}" ({name}) is a unit of "{parent}", not of the owner "{department}"; name a unit of "{department}" or correct the owner',
      },
      noParent: {
        'zh-CN': '承办机构「{undertaker}」（{name}）是内设机构，但没有写 parent，看不出它属于实施主体「{department}」：为它写上 parent: {department}',
        en: 'the undertaker "{undertaker}" ({name}) is an internal unit without a parent, so it is not known to belong to the owner "{department}"; give it parent: {department}',
      },
      declaredHere: { 'zh-CN': '「{undertaker}」在此定义', en: '"{undertaker}" is defined here' },
      unitParent: { 'zh-CN': '「{undertaker}」的上级（parent）是「{parent}」', en: 'the parent of "{undertaker}" is "{parent}"' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: health\nname: 青水县卫生健康局\n---\nkind: Department\nid: market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: market-enforcement\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: market\n---\nkind: Department\nid: health-office\nname: 卫生监督股\nunit: true\n---\n# powers/health.yaml\nkind: Power\ncode: "000223001000"\nname: 对非医师行医的行政处罚\ntype: penalty\ndepartment: health\nundertaker: market-enforcement\n---\nkind: Power\ncode: "000223002000"\nname: 对医疗机构违法执业的行政处罚\ntype: penalty\ndepartment: health\nundertaker: market\n---\nkind: Power\ncode: "000223003000"\nname: 对违法发布医疗广告的行政处罚\ntype: penalty\ndepartment: health\nundertaker: health-office\n',
      good: '# departments/departments.yaml\nkind: Department\nid: health\nname: 青水县卫生健康局\n---\nkind: Department\nid: health-enforcement\nname: 青水县卫生健康综合行政执法大队\nunit: true\nparent: health\n---\n# powers/health.yaml\nkind: Power\ncode: "000223001000"\nname: 对非医师行医的行政处罚\ntype: penalty\ndepartment: health\nundertaker: health-enforcement\n',
    },
  },
  check: ({ model }) => {
    const byId = indexesOf(model).departmentById;
    const findings: Finding<MessageId>[] = [];
    for (const power of model.powers) {
      const undertakerId = textOf(power.data.undertaker);
      const departmentId = textOf(power.data.department);
      const undertaker = undertakerId === undefined ? undefined : byId.get(undertakerId);
      const owner = departmentId === undefined ? undefined : byId.get(departmentId);
      // Unknown ids are owner-unknown's; a unit as owner is owner-not-legal-subject's, to be fixed first.
      if (undertakerId === undefined || departmentId === undefined || !undertaker || !owner || isUnit(owner)) continue;
      const data = { undertaker: undertakerId, name: departmentLabel(undertaker, undertakerId), department: departmentId };
      const target = valueAt(power, 'undertaker');
      if (!isUnit(undertaker)) {
        findings.push({ messageId: 'notUnit', data, target, related: [{ target: missingIn(undertaker), messageId: 'declaredHere', data }] });
        continue;
      }
      const parentValue = undertaker.data.parent;
      const parent = textOf(parentValue);
      if (parentValue === undefined || parentValue === null || parent?.trim() === '') {
        findings.push({ messageId: 'noParent', data, target, related: [{ target: missingIn(undertaker), messageId: 'declaredHere', data }] });
      } else if (parent !== undefined && parent !== departmentId) {
        findings.push({
          messageId: 'foreignUnit',
          data: { ...data, parent },
          target,
          related: [{ target: valueAt(undertaker, 'parent'), messageId: 'unitParent', data: { undertaker: undertakerId, parent } }],
        });
      }
    }
    return findings;
  },
});
