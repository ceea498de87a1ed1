import { normalizePowerName } from '../../domain/power-name.js';
import { textOf } from '../../model/read.js';
import type { DepartmentData, Entity } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'duplicate' | 'first';

export const departmentNameDuplicate = defineRule<MessageId>({
  meta: {
    id: 'department-name-duplicate',
    defaultSeverity: 'warning',
    scope: 'catalogue',
    powerKeys: [],
    partition: 'power',
    description: {
      'zh-CN':
        '两个部门名称相同（比较时忽略全角/半角、中英文括号、空格和“（县级）”之类的层级后缀），公众无法区分。在后出现的部门处报告，先出现的列为相关位置；id 也相同的由 id-duplicate 报告。',
      en: 'Two departments with one name (ignoring full/half width, bracket style, spaces and level suffixes such as (county level)): readers cannot tell them apart. Reported at the later one, with the earlier as a related location; when the ids are the same too, id-duplicate reports it.',
    },
    messages: {
      duplicate: {
        'zh-CN': '部门「{id}」的名称「{name}」与部门「{firstId}」的「{firstName}」相同，公众无法区分：请写出各自的全称，或合并为一个部门',
        en: 'the name "{name}" of department "{id}" is the name "{firstName}" of department "{firstId}": readers cannot tell them apart; write each one\'s full name, or merge them',
      },
      first: { 'zh-CN': '部门「{id}」同名', en: 'department "{id}" has the same name' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: market-enforcement\nname: 青水县市场监督管理局\nunit: true\nparent: market\n',
      good: '# departments/departments.yaml\nkind: Department\nid: market\nname: 青水县市场监督管理局\n---\nkind: Department\nid: market-enforcement\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: market\n',
    },
  },
  check: ({ model }) => {
    const byName = new Map<string, Entity<DepartmentData>>();
    const findings: Finding<MessageId>[] = [];
    for (const department of model.departments) {
      const name = textOf(department.data.name);
      const normal = name === undefined ? '' : normalizePowerName(name);
      if (normal === '') continue;
      const first = byName.get(normal);
      if (!first) {
        byName.set(normal, department);
        continue;
      }
      const id = textOf(department.data.id) ?? '';
      const firstId = textOf(first.data.id) ?? '';
      if (id === firstId) continue; // id-duplicate's finding
      findings.push({
        messageId: 'duplicate',
        data: { id, name: name!, firstId, firstName: textOf(first.data.name) ?? '' },
        target: valueAt(department, 'name'),
        related: [{ target: valueAt(first, 'name'), messageId: 'first', data: { id: firstId } }],
      });
    }
    return findings;
  },
});
