import { textOf } from '../../model/read.js';
import type { Entity } from '../../model/types.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'duplicateDepartment' | 'duplicateProcess' | 'firstDepartment' | 'firstProcess';

export const idDuplicate = defineRule<MessageId>({
  meta: {
    id: 'id-duplicate',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: [],
    partition: 'power',
    description: {
      'zh-CN':
        '部门（Department）的 id 在部门之间必须唯一，流程模板（Process）的 id 在流程之间必须唯一：权力事项和其他部门按 id 引用它们，重复的 id 会让引用指向不明。在后出现处报告，首次出现处列为相关位置。',
      en: 'A Department id must be unique among departments, and a Process id among processes: powers and other departments refer to them by id, and a duplicate makes the reference ambiguous. Reported at the later one, with the first as a related location.',
    },
    messages: {
      duplicateDepartment: {
        'zh-CN': '部门 id「{id}」重复：已用于部门「{firstName}」；请给「{name}」另起一个 id',
        en: 'department id "{id}" is used twice: already by department "{firstName}"; give "{name}" another id',
      },
      duplicateProcess: {
        'zh-CN': '流程 id「{id}」重复：已用于流程「{firstName}」；请给「{name}」另起一个 id',
        en: 'process id "{id}" is used twice: already by process "{firstName}"; give "{name}" another id',
      },
      firstDepartment: { 'zh-CN': '部门 id「{id}」首次用于此处', en: 'department id "{id}" is first used here' },
      firstProcess: { 'zh-CN': '流程 id「{id}」首次用于此处', en: 'process id "{id}" is first used here' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Department\nid: scjgj\nname: 青水县市场监管综合行政执法大队\nunit: true\n---\n# processes/approval.yaml\nkind: Process\nid: approval\nname: 审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n---\nkind: Process\nid: approval\nname: 简易审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理并办结, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n',
      good: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Department\nid: scjgj-zfdd\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: scjgj\n---\n# processes/approval.yaml\nkind: Process\nid: approval\nname: 审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n---\nkind: Process\nid: approval-simple\nname: 简易审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理并办结, type: start, next: b}\n  - {id: b, name: 办结, type: end}\n',
    },
  },
  check: ({ model }) => [
    ...duplicates(model.departments, 'duplicateDepartment', 'firstDepartment'),
    ...duplicates(model.processes, 'duplicateProcess', 'firstProcess'),
  ],
});

function duplicates(
  entities: readonly Entity<{ id: string; name: string }>[],
  messageId: MessageId,
  relatedId: MessageId,
): Finding<MessageId>[] {
  const first = new Map<string, Entity<{ id: string; name: string }>>();
  const findings: Finding<MessageId>[] = [];
  for (const entity of entities) {
    const id = textOf(entity.data.id);
    if (id === undefined) continue;
    const earlier = first.get(id);
    if (!earlier) {
      first.set(id, entity);
      continue;
    }
    findings.push({
      messageId,
      data: { id, name: textOf(entity.data.name) ?? '', firstName: textOf(earlier.data.name) ?? '' },
      target: valueAt(entity, 'id'),
      related: [{ target: valueAt(earlier, 'id'), messageId: relatedId, data: { id } }],
    });
  }
  return findings;
}
