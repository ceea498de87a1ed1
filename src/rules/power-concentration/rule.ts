import { indexesOf } from '../../model/indexes.js';
import { perTemplate, processesOfPower, type ProcessBody } from '../../model/process-graph.js';
import { listOf, recordOf, textOf } from '../../model/read.js';
import type { DepartmentData, Entity } from '../../model/types.js';
import { defineRule, numberOption, type Finding } from '../rule.js';
import { valueAt } from '../targets.js';

type MessageId = 'concentrated';

export const powerConcentration = defineRule<MessageId>({
  meta: {
    id: 'power-concentration',
    defaultSeverity: 'warning',
    scope: 'catalogue',
    powerKeys: ['department', 'status', 'process'],
    description: {
      'zh-CN':
        '防止权力过分集中于一把手：一个部门中，由主要领导岗位（posts 中 head: true）作为内部流程最后一个决定（decide）步骤办理人的权力事项，不应超过该部门权力事项的一定比例（默认 50%）。已取消的事项不计。',
      en: 'Power should not concentrate in the head of a department: the head post (`head: true`) should be the final decider (the actor of the last `decide` step of the internal process) of no more than a share (default 50%) of the department’s powers. Abolished powers are not counted.',
    },
    messages: {
      concentrated: {
        'zh-CN': '主要领导岗位「{post}」是本部门 {decided}/{total} 项权力（{percent}%）的最终决定人，超过 {limit}%；请将部分事项交由分管领导决定',
        en: 'head post "{post}" is the final decider of {decided} of the department’s {total} powers ({percent}%), above {limit}%; delegate some decisions to deputies',
      },
    },
    examples: {
      bad: '# processes/approval-internal.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 承办, type: start, actor: clerk, function: handle, next: b}\n  - {id: b, name: 局长审批, type: end, actor: director, function: decide}\n---\n# powers/market.yaml\n# departments: scjgj 的岗位 director（局长）是主要领导（head: true）\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\ndepartment: scjgj\nprocess:\n  internal: {use: approval-internal}\n---\nkind: Power\ncode: "000131002000"\nname: 食品生产许可\ntype: licensing\ndepartment: scjgj\nprocess:\n  internal: {use: approval-internal}\n',
      good: '# processes/approval-internal.yaml\nkind: Process\nid: approval-internal\nname: 内部审批流程\nview: internal\nsteps:\n  - {id: a, name: 承办, type: start, actor: clerk, function: handle, next: b}\n  - {id: b, name: 局长审批, type: end, actor: director, function: decide}\n---\nkind: Process\nid: approval-deputy\nname: 分管领导审批流程\nview: internal\nsteps:\n  - {id: a, name: 承办, type: start, actor: clerk, function: handle, next: b}\n  - {id: b, name: 分管领导审批, type: end, actor: deputy, function: decide}\n---\n# powers/market.yaml\n# departments: scjgj 的岗位 director（局长）是主要领导（head: true）\nkind: Power\ncode: "000131001000"\nname: 食品经营许可\ntype: licensing\ndepartment: scjgj\nprocess:\n  internal: {use: approval-internal}\n---\nkind: Power\ncode: "000131002000"\nname: 食品生产许可\ntype: licensing\ndepartment: scjgj\nprocess:\n  internal: {use: approval-deputy}\n',
    },
    options: {
      share: {
        description: { 'zh-CN': '一把手最终决定的事项占比上限（0–1）', en: 'largest share of powers (0–1) the head may finally decide' },
        type: 'number',
        minimum: 0,
        maximum: 1,
        default: 0.5,
      },
    },
  },
  check: (context) => {
    const { model } = context;
    const share = numberOption(context, powerConcentration.meta, 'share');
    const { departmentById } = indexesOf(model);
    const tally = new Map<Entity<DepartmentData>, { total: number; byHead: Map<string, number> }>();
    // A template shared by thousands of powers has one decider.
    const deciders = perTemplate<string | undefined>();
    const deciderOf = (body: ProcessBody) => deciders(body, () => body.steps.filter((s) => s.function === 'decide').at(-1)?.actor);
    for (const power of model.powers) {
      if (power.data.status === 'abolished') continue;
      const department = departmentById.get(textOf(power.data.department) ?? '');
      if (!department) continue;
      const counts = tally.get(department) ?? { total: 0, byHead: new Map() };
      tally.set(department, counts);
      counts.total++;
      const internal = processesOfPower(model, power).find((p) => p.view === 'internal')?.body;
      const decider = internal && deciderOf(internal);
      if (decider !== undefined) counts.byHead.set(decider, (counts.byHead.get(decider) ?? 0) + 1);
    }
    const findings: Finding<MessageId>[] = [];
    for (const [department, { total, byHead }] of tally) {
      listOf(department.data.posts).forEach((raw, i) => {
        const post = recordOf(raw);
        const id = textOf(post?.id);
        if (post?.head !== true || id === undefined) return;
        const decided = byHead.get(id) ?? 0;
        if (decided / total <= share) return;
        findings.push({
          messageId: 'concentrated',
          data: { post: textOf(post.name) ?? id, decided, total, percent: Math.round((decided / total) * 100), limit: Math.round(share * 100) },
          target: valueAt(department, 'posts', i, 'head'),
        });
      });
    }
    return findings;
  },
});
