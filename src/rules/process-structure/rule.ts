import { processBodies, reachable, stepById, type ProcessBody, type StepNode } from '../../model/process-graph.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, type Finding } from '../rule.js';
import { keyAt, valueAt } from '../targets.js';

type MessageId =
  | 'empty'
  | 'noStart'
  | 'extraStart'
  | 'firstStart'
  | 'noEnd'
  | 'duplicateStep'
  | 'firstStep'
  | 'unknownNext'
  | 'unknownNextDidYouMean'
  | 'endWithNext'
  | 'decisionBranches'
  | 'unreachable'
  | 'deadEnd';

export const processStructure = defineRule<MessageId>({
  meta: {
    id: 'process-structure',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '流程必须结构完整：恰好一个开始步骤、至少一个结束步骤、next 只指向本流程中存在的步骤、每个步骤都能从开始到达并能走到结束、判断步骤至少有两个带标签的分支、结束步骤没有 next、步骤 id 不重复。模板单独检查一次，内嵌流程在其权力事项中检查。',
      en: 'A process must be well formed: exactly one start step, at least one end step, `next` pointing only at steps of the same process, every step reachable from the start and able to reach an end, decisions with at least two labelled branches, no `next` on end steps, unique step ids. Templates are checked once on their own, inline bodies in their power.',
    },
    messages: {
      empty: { 'zh-CN': '流程没有任何步骤', en: 'the process has no steps' },
      noStart: { 'zh-CN': '流程没有开始步骤（type: start）', en: 'the process has no start step (type: start)' },
      extraStart: {
        'zh-CN': '流程只能有一个开始步骤，「{step}」是第二个',
        en: 'a process has exactly one start step; "{step}" is another',
      },
      firstStart: { 'zh-CN': '第一个开始步骤在此', en: 'the first start step is here' },
      noEnd: { 'zh-CN': '流程没有结束步骤（type: end）', en: 'the process has no end step (type: end)' },
      duplicateStep: { 'zh-CN': '步骤 id「{step}」在本流程中重复', en: 'step id "{step}" is used twice in this process' },
      firstStep: { 'zh-CN': '第一次使用在此', en: 'first used here' },
      unknownNext: {
        'zh-CN': 'next 指向不存在的步骤「{to}」；本流程的步骤：{steps}',
        en: 'next points at "{to}", which is no step of this process; its steps: {steps}',
      },
      unknownNextDidYouMean: {
        'zh-CN': 'next 指向不存在的步骤「{to}」；是否想写「{suggestion}」？',
        en: 'next points at "{to}", which is no step of this process; did you mean "{suggestion}"?',
      },
      endWithNext: { 'zh-CN': '结束步骤「{step}」不能有 next', en: 'end step "{step}" must not have a next' },
      decisionBranches: {
        'zh-CN': '判断步骤「{step}」需要至少两个带标签的分支（next: [{to, label}, …]），现有 {count} 个',
        en: 'decision "{step}" needs at least two labelled branches (next: [{to, label}, …]); it has {count}',
      },
      unreachable: {
        'zh-CN': '步骤「{step}」从开始步骤无法到达；请在前面的步骤的 next 中指向它，或删除它',
        en: 'step "{step}" cannot be reached from the start; point a next at it or remove it',
      },
      deadEnd: {
        'zh-CN': '从步骤「{step}」无法走到任何结束步骤；请补上 next，或把它设为 type: end',
        en: 'no end step can be reached from "{step}"; add a next, or make it type: end',
      },
    },
    examples: {
      bad: 'kind: Process\nid: simple\nname: 简易流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: decide}\n  - {id: decide, name: 决定, type: decision, next: [{to: done, label: 准予}]}\n  - {id: done, name: 办结}\n',
      good: 'kind: Process\nid: simple\nname: 简易流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: decide}\n  - id: decide\n    name: 决定\n    type: decision\n    next: [{to: done, label: 准予}, {to: refused, label: 不予}]\n  - {id: done, name: 办结, type: end}\n  - {id: refused, name: 不予许可, type: end}\n',
    },
  },
  check: ({ model }) => processBodies(model).flatMap(checkBody),
});

function checkBody(body: ProcessBody): Finding<MessageId>[] {
  const { entity, path, steps } = body;
  const stepsKey = () => keyAt(entity, ...path, 'steps'); // made for a finding only: most bodies have none
  if (steps.length === 0) return [{ messageId: 'empty', data: {}, target: valueAt(entity, ...path, 'steps') }];
  const findings: Finding<MessageId>[] = [];
  const name = (s: StepNode) => s.id ?? s.name ?? String(s.index + 1);
  const byId = stepById(body);

  for (const step of steps) {
    const first = step.id === undefined ? undefined : byId.get(step.id);
    if (first && first !== step) {
      findings.push({
        messageId: 'duplicateStep',
        data: { step: name(step) },
        target: valueAt(entity, ...step.path, 'id'),
        related: [{ target: valueAt(entity, ...first.path, 'id'), messageId: 'firstStep' }],
      });
    }
  }

  const starts = steps.filter((s) => s.type === 'start');
  const ends = steps.filter((s) => s.type === 'end');
  if (starts.length === 0) findings.push({ messageId: 'noStart', data: {}, target: stepsKey() });
  for (const extra of starts.slice(1)) {
    findings.push({
      messageId: 'extraStart',
      data: { step: name(extra) },
      target: valueAt(entity, ...extra.path, 'type'),
      related: [{ target: valueAt(entity, ...starts[0]!.path, 'type'), messageId: 'firstStart' }],
    });
  }
  if (ends.length === 0) findings.push({ messageId: 'noEnd', data: {}, target: stepsKey() });

  const ids = [...byId.keys()];
  for (const step of steps) {
    for (const edge of step.next) {
      if (byId.has(edge.to)) continue;
      const suggestion = didYouMean(edge.to, ids);
      findings.push({
        messageId: suggestion ? 'unknownNextDidYouMean' : 'unknownNext',
        data: { to: edge.to, suggestion: suggestion ?? '', steps: ids.join(', ') },
        target: valueAt(entity, ...edge.path),
      });
    }
    if (step.type === 'end' && step.next.length > 0) {
      findings.push({ messageId: 'endWithNext', data: { step: name(step) }, target: keyAt(entity, ...step.path, 'next') });
    }
    if (step.type === 'decision' && (!step.branched || step.next.length < 2)) {
      findings.push({ messageId: 'decisionBranches', data: { step: name(step), count: step.next.length }, target: valueAt(entity, ...step.path, 'type') });
    }
  }

  if (starts.length > 0) {
    const fromStart = reachable(body, starts.slice(0, 1), 'forward');
    const toEnd = ends.length > 0 ? reachable(body, ends, 'backward') : undefined;
    for (const step of steps) {
      if (step.id !== undefined && byId.get(step.id) !== step) continue; // a duplicate, reported above
      const at = valueAt(entity, ...step.path, step.id === undefined ? 'name' : 'id');
      if (!fromStart.has(step)) findings.push({ messageId: 'unreachable', data: { step: name(step) }, target: at });
      else if (toEnd && !toEnd.has(step)) findings.push({ messageId: 'deadEnd', data: { step: name(step) }, target: at });
    }
  }
  return findings;
}
