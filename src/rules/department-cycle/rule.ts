import { indexesOf } from '../../model/indexes.js';
import { textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'cycle' | 'ownParent' | 'member';

const ON_PATH = 1;
const DONE = 2;

export const departmentCycle = defineRule<MessageId>({
  meta: {
    id: 'department-cycle',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: [],
    partition: 'power',
    description: {
      'zh-CN':
        '部门的上级（parent）链条不得形成循环（包括以自己为上级）：循环的隶属关系无法确定内设机构属于哪个实施主体。每个循环只报告一次，在循环中最先定义的部门的 parent 处。',
      en: 'A chain of parent links may not loop (a department may not be its own parent either): a looping hierarchy leaves it unknown which body a unit belongs to. Each loop is reported once, at the parent of its first department in catalogue order.',
    },
    messages: {
      cycle: {
        'zh-CN': '上级关系（parent）形成循环：{chain}：改正其中一个 parent，让链条止于不写 parent 的部门',
        en: 'the parent links loop: {chain}; correct one of them so that the chain ends at a department without a parent',
      },
      ownParent: {
        'zh-CN': '部门「{id}」的上级（parent）是它自己：删去 parent，或改为它真正的上级部门',
        en: 'department "{id}" is its own parent; remove parent or name the body it really belongs to',
      },
      member: { 'zh-CN': '「{id}」的上级（parent）是「{parent}」，在此循环中', en: 'the parent of "{id}" is "{parent}", part of the loop' },
    },
    examples: {
      bad: '# departments/departments.yaml\nkind: Department\nid: scjgj-zfdd\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: scjgj-zfdd\n---\nkind: Department\nid: office-a\nname: 综合股\nunit: true\nparent: office-b\n---\nkind: Department\nid: office-b\nname: 法规股\nunit: true\nparent: office-a\n',
      good: '# departments/departments.yaml\nkind: Department\nid: scjgj\nname: 青水县市场监督管理局\n---\nkind: Department\nid: scjgj-zfdd\nname: 青水县市场监管综合行政执法大队\nunit: true\nparent: scjgj\n',
    },
  },
  check: ({ model }) => {
    const byId = indexesOf(model).departmentById;
    const order = new Map([...byId.keys()].map((id, i) => [id, i]));
    const parentOf = (id: string): string | undefined => {
      const parent = textOf(byId.get(id)?.data.parent);
      return parent !== undefined && byId.has(parent) ? parent : undefined;
    };
    const state = new Map<string, number>();
    const findings: Finding<MessageId>[] = [];
    for (const start of byId.keys()) {
      const path: string[] = [];
      let id: string | undefined = start;
      while (id !== undefined && !state.has(id)) {
        state.set(id, ON_PATH);
        path.push(id);
        id = parentOf(id);
      }
      if (id !== undefined && state.get(id) === ON_PATH) findings.push(cycleFinding(path.slice(path.indexOf(id))));
      for (const visited of path) state.set(visited, DONE);
    }
    return findings;

    function cycleFinding(loop: string[]): Finding<MessageId> {
      const first = loop.reduce((a, b) => (order.get(b)! < order.get(a)! ? b : a));
      const at = loop.indexOf(first);
      const members = [...loop.slice(at), ...loop.slice(0, at)];
      const [head, ...others] = members.map((id) => byId.get(id)!);
      const target = valueAt(head!, 'parent');
      if (members.length === 1) return { messageId: 'ownParent', data: { id: first }, target };
      return {
        messageId: 'cycle',
        data: { chain: [...members, first].join(' → ') },
        target,
        related: others.map((department, i) => ({
          target: valueAt(department, 'parent'),
          messageId: 'member' as const,
          data: { id: members[i + 1]!, parent: members[(i + 2) % members.length]! },
        })),
      };
    }
  },
});
