import { chainOf, processBodies, reachable, stepById, type ProcessBody, type StepNode } from '../../model/process-graph.js';
import { didYouMean } from '../../util/did-you-mean.js';
import { defineRule, numberOption, type Finding } from '../rule.js';
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
  | 'deadEnd'
  | 'tooManySteps'
  | 'labelTooLong';

export const processStructure = defineRule<MessageId>({
  meta: {
    id: 'process-structure',
    defaultSeverity: 'error',
    scope: 'file',
    description: {
      'zh-CN':
        '流程必须结构完整：恰好一个开始步骤、至少一个结束步骤、next 只指向本流程中存在的步骤、每个步骤都能从开始到达并能走到结束、判断步骤至少有两个带标签的分支、结束步骤没有 next、步骤 id 不重复；步骤不超过 maxSteps 个，步骤名称和分支标签不超过 maxLabelLength 个字，流程图才画得出来。模板单独检查一次，内嵌流程在其权力事项中检查。',
      en: 'A process must be well formed: exactly one start step, at least one end step, `next` pointing only at steps of the same process, every step reachable from the start and able to reach an end, decisions with at least two labelled branches, no `next` on end steps, unique step ids; at most maxSteps steps, and step names and branch labels of at most maxLabelLength characters, so that it can be drawn. Templates are checked once on their own, inline bodies in their power.',
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
      tooManySteps: {
        'zh-CN':
          '流程有 {count} 个步骤，超过上限 {limit} 个，未作其他结构检查，也画不成可读的流程图；请拆分为几个流程，或在 powercat.yaml 中调高上限：rules: {process-structure: {level: error, options: {maxSteps: …}}}',
        en: 'the process has {count} steps, more than the limit of {limit}, so its structure was not checked further and it cannot be drawn as a readable flowchart; split it, or raise the limit in powercat.yaml: rules: {process-structure: {level: error, options: {maxSteps: …}}}',
      },
      labelTooLong: {
        'zh-CN':
          '流程图中的文字过长（{length} 个字，上限 {limit} 个）；步骤名称和分支标签应简短，详细说明请写在别处，或在 powercat.yaml 中调高上限：rules: {process-structure: {level: error, options: {maxLabelLength: …}}}',
        en: 'this flowchart text is too long ({length} characters, limit {limit}); step names and branch labels should be short, with details written elsewhere, or raise the limit in powercat.yaml: rules: {process-structure: {level: error, options: {maxLabelLength: …}}}',
      },
    },
    examples: {
      bad: '# processes/templates.yaml\nkind: Process\nid: empty\nname: 空流程\nview: external\nsteps: []\n---\nkind: Process\nid: no-start\nname: 没有开始的流程\nview: external\nsteps:\n  - {id: apply, name: 申请, next: done}\n  - {id: done, name: 办结, type: end}\n---\nkind: Process\nid: tangled\nname: 有问题的流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: check}\n  - {id: again, name: 补正后申请, type: start, next: check}\n  - {id: check, name: 审查, type: decision, next: [{to: done, label: 准予}]}\n  - {id: check, name: 复核, next: dne}\n  - {id: done, name: 办结, type: end, next: apply}\n  - {id: orphan, name: 补充材料, next: wait}\n  - {id: wait, name: 等待, next: orphan}\n  - {id: stray, name: 归档, type: end, next: nowhere-at-all}\n---\nkind: Process\nid: no-end\nname: 没有结束的流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: review}\n  - {id: review, name: 审查}\n---\nkind: Process\nid: stuck\nname: 走不到结束的流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: check}\n  - {id: check, name: 审查, type: decision, next: [{to: done, label: 准予}, {to: wait, label: 补正}]}\n  - {id: wait, name: 等待补正, next: resubmit}\n  - {id: resubmit, name: 补正材料, next: wait}\n  - {id: done, name: 办结, type: end}\n---\nkind: Process\nid: wordy\nname: 环节名称过长的流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: review}\n  - {id: review, name: 审查申请人提交的材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料材料, next: done}\n  - {id: done, name: 办结, type: end}\n',
      good: 'kind: Process\nid: simple\nname: 简易流程\nview: external\nsteps:\n  - {id: apply, name: 申请, type: start, next: decide}\n  - id: decide\n    name: 决定\n    type: decision\n    next: [{to: done, label: 准予}, {to: refused, label: 不予}]\n  - {id: done, name: 办结, type: end}\n  - {id: refused, name: 不予许可, type: end}\n',
    },
    options: {
      maxSteps: {
        description: { 'zh-CN': '一个流程最多的步骤数', en: 'the most steps one process may have' },
        type: 'integer',
        minimum: 1,
        default: 200,
      },
      maxLabelLength: {
        description: { 'zh-CN': '步骤名称、分支标签最多的字数', en: 'the most characters of a step name or branch label' },
        type: 'integer',
        minimum: 1,
        default: 100,
      },
    },
  },
  check: (context) => {
    const limits: Limits = {
      maxSteps: numberOption(context, processStructure.meta, 'maxSteps'),
      maxLabelLength: numberOption(context, processStructure.meta, 'maxLabelLength'),
    };
    return processBodies(context.model).flatMap((body) => checkBody(body, limits));
  },
});

interface Limits {
  maxSteps: number;
  maxLabelLength: number;
}

function checkBody(body: ProcessBody, limits: Limits): Finding<MessageId>[] {
  const { entity, path, steps } = body;
  const stepsKey = () => keyAt(entity, ...path, 'steps'); // made for a finding only: most bodies have none
  if (steps.length === 0) return [{ messageId: 'empty', data: {}, target: valueAt(entity, ...path, 'steps') }];
  if (steps.length > limits.maxSteps) return [{ messageId: 'tooManySteps', data: { count: steps.length, limit: limits.maxSteps }, target: stepsKey() }];
  const findings: Finding<MessageId>[] = [...longLabels(body, limits.maxLabelLength)];
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

  // A chain through every step reaches them all from the start, and each reaches its end.
  if (starts.length > 0 && chainOf(body)?.length !== steps.length) {
    const fromStart = reachable(body, starts.slice(0, 1), 'forward');
    const toEnd = ends.length > 0 ? reachable(body, ends, 'backward') : undefined;
    for (const step of steps) {
      if (step.id !== undefined && byId.get(step.id) !== step) continue; // a duplicate, reported above
      const at = () => valueAt(entity, ...step.path, step.id === undefined ? 'name' : 'id');
      if (!fromStart.has(step)) findings.push({ messageId: 'unreachable', data: { step: name(step) }, target: at() });
      else if (toEnd && !toEnd.has(step)) findings.push({ messageId: 'deadEnd', data: { step: name(step) }, target: at() });
    }
  }
  return findings;
}

/** Step names and branch labels longer than the limit, in characters (not UTF-16 units). */
function longLabels({ entity, steps }: ProcessBody, limit: number): Finding<MessageId>[] {
  const findings: Finding<MessageId>[] = [];
  const check = (text: string | undefined, at: () => (string | number)[]) => {
    // No text has more characters than UTF-16 units: most are counted no further.
    if (text === undefined || text.length <= limit) return;
    const length = [...text].length;
    if (length > limit) findings.push({ messageId: 'labelTooLong', data: { length, limit }, target: valueAt(entity, ...at()) });
  };
  for (const step of steps) {
    check(step.name, () => [...step.path, 'name']);
    for (const edge of step.next) check(edge.label, () => [...edge.path.slice(0, -1), 'label']);
  }
  return findings;
}
