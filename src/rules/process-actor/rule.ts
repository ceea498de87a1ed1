import { indexesOf } from '../../model/indexes.js';
import { processesOfPower, type StepNode } from '../../model/process-graph.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import { defineRule, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'notAPost' | 'templateActorsNotPosts' | 'actorHere';

export const processActor = defineRule<MessageId>({
  meta: {
    id: 'process-actor',
    defaultSeverity: 'error',
    scope: 'catalogue',
    powerKeys: ['department', 'process'],
    partition: 'power',
    description: {
      'zh-CN':
        '内部流程每个步骤的 actor 必须是实施该权力的部门在 posts 中定义的岗位 id。使用模板的权力逐个检查，问题报告在该权力的 process 引用处。',
      en: 'Every step of an internal process names as `actor` a post id of the department that owns the power. Powers using a template are checked one by one and reported at their `process` entry.',
    },
    messages: {
      notAPost: {
        'zh-CN': '办理岗位「{actor}」不是「{department}」的岗位；该部门的岗位：{posts}',
        en: 'actor "{actor}" is not a post of "{department}"; its posts: {posts}',
      },
      templateActorsNotPosts: {
        'zh-CN': '内部流程模板「{template}」用到的岗位 {actors} 不是「{department}」的岗位；该部门的岗位：{posts}',
        en: 'the internal template "{template}" uses actors {actors}, which are no posts of "{department}"; its posts: {posts}',
      },
      actorHere: { 'zh-CN': '模板中的岗位「{actor}」在此', en: 'the template’s actor "{actor}" is here' },
    },
    examples: {
      bad: '# processes/approval-internal.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, actor: window, next: b}\n  - {id: b, name: 审批, type: end, actor: section-chief}\n---\n# powers/market.yaml\n# departments: scjgj 的岗位为 window, clerk, chief, deputy, director\nkind: Power\n# …\ndepartment: scjgj\nprocess:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, actor: reception, next: b}\n      - {id: b, name: 办结, type: end, actor: clerk}\n---\nkind: Power\n# …\ndepartment: scjgj\nprocess:\n  internal: {use: approval-internal}\n',
      good: '# processes/approval-internal.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 受理, type: start, actor: window, next: b}\n  - {id: b, name: 审批, type: end, actor: chief}\n---\n# powers/market.yaml\n# departments: scjgj 的岗位为 window, clerk, chief, deputy, director\nkind: Power\n# …\ndepartment: scjgj\nprocess:\n  internal:\n    steps:\n      - {id: a, name: 受理, type: start, actor: window, next: b}\n      - {id: b, name: 办结, type: end, actor: clerk}\n---\nkind: Power\n# …\ndepartment: scjgj\nprocess:\n  internal: {use: approval-internal}\n',
    },
  },
  check: ({ model }) => {
    const { departmentById } = indexesOf(model);
    const findings: Finding<MessageId>[] = [];
    const postsOf = new Map<unknown, Set<string>>();
    for (const power of model.powers) {
      const department = departmentById.get(textOf(power.data.department) ?? '');
      if (!department) continue;
      let posts = postsOf.get(department);
      if (!posts) {
        posts = new Set(listOf(department.data.posts).flatMap((p) => textOf(recordOf(p)?.id) ?? []));
        postsOf.set(department, posts);
      }
      for (const { view, entryPath, body, use } of processesOfPower(model, power)) {
        if (view !== 'internal' || !body) continue;
        const isStranger = (s: StepNode) => s.actor !== undefined && !posts!.has(s.actor);
        if (!body.steps.some(isStranger)) continue; // the common case, at no cost
        const strangers = body.steps.filter(isStranger);
        const data = { department: textOf(department.data.name) ?? textOf(department.data.id) ?? '', posts: [...posts].join(', ') || '—' };
        if (use === undefined) {
          for (const step of strangers) findings.push({ messageId: 'notAPost', data: { ...data, actor: step.actor! }, target: valueAt(power, ...step.path, 'actor') });
        } else {
          findings.push({
            messageId: 'templateActorsNotPosts',
            data: { ...data, template: use, actors: [...new Set(strangers.map((s) => s.actor))].join(', ') },
            target: valueAt(power, ...entryPath, 'use'),
            related: strangers.map((s) => ({ target: valueAt(body.entity, ...s.path, 'actor'), messageId: 'actorHere', data: { actor: s.actor! } })),
          });
        }
      }
    }
    return findings;
  },
});
