import { casePointer } from '../../findings.js';
import type { PlanProcess, PlanStep } from '../../plan.js';
import type { RecordStep } from '../../records/case-record.js';
import { defineAuditRule, type RecordCheck } from '../rule.js';

type MessageId = 'notInProcess' | 'notStart' | 'skipped' | 'notNext' | 'noEnd';

export const caseStepOrder = defineAuditRule<MessageId>({
  meta: {
    id: 'case-step-order',
    defaultSeverity: 'error',
    description: {
      'zh-CN':
        '案件的步骤（按 start 先后排列）必须是事项内部流程从开始步骤出发的一条路径：不能有流程中没有的步骤，不能跳过步骤，每一步都须是上一步的 next 所允许的；已办结的案件须走到结束步骤，未办结的须是这样一条路径的开头部分。只判断开始时间的先后，步骤重叠或在办结之后结束都不报告。每个案件最多报告一处（第一处）。',
      en: 'A case’s steps, ordered by start, must be a path of the power’s internal process from its start step: no step the process does not have, no step skipped, each step one that the previous step’s next allows; a finished case must reach an end step, a pending one must be the beginning of such a path. Only the order of starts is judged: overlapping steps, or steps ending after the case finished, are no finding. At most one finding (the first) per case.',
    },
    messages: {
      notInProcess: { 'zh-CN': '步骤 {step} 不是该事项内部流程中的步骤', en: 'step {step} is not a step of the power’s internal process' },
      notStart: {
        'zh-CN': '案件的第一个步骤是「{step}」，而不是流程的开始步骤「{start}」',
        en: 'the case’s first step is "{step}", not the process’s start step "{start}"',
      },
      skipped: {
        'zh-CN': '「{previous}」之后直接到了「{step}」，跳过了 {skipped}',
        en: '"{step}" follows "{previous}" directly, skipping {skipped}',
      },
      notNext: {
        'zh-CN': '「{step}」不能紧接在「{previous}」之后：流程中「{previous}」的 next 不通向它',
        en: '"{step}" cannot follow "{previous}": no next of "{previous}" leads to it in the process',
      },
      noEnd: {
        'zh-CN': '案件已办结，但最后一个步骤「{step}」不是流程的结束步骤',
        en: 'the case is finished, but its last step "{step}" is not an end step of the process',
      },
    },
    examples: {
      bad: '# 流程 receive → first-review → second-review → approve → deliver → archive\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "receive", "post": "window", "start": "2025-03-04"},\n  {"step": "approve", "post": "deputy", "start": "2025-03-05"}]}\n',
      good: '# 流程 receive → first-review → second-review → approve → deliver → archive\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "receive", "post": "window", "start": "2025-03-04"},\n  {"step": "first-review", "post": "clerk", "start": "2025-03-05"}]}\n',
    },
  },
  checkCase: ({ record, process, ordered, processStep }) => {
    if (!process || process.start === undefined || ordered.length === 0) return [];
    const finding = (messageId: MessageId, step: RecordStep, data: Record<string, string>): RecordCheck<MessageId>[] => [
      { messageId, data, at: step.at, pointer: casePointer(record.case, step.index) },
    ];
    const start = process.steps[process.start]!;
    let previous: PlanStep | undefined;
    for (const step of ordered) {
      const node = processStep(step);
      if (!node) return finding('notInProcess', step, { step: step.step });
      if (previous === undefined) {
        if (node !== start) return finding('notStart', step, { step: node.name, start: start.name });
      } else if (!previous.next.includes(node.index)) {
        const skipped = stepsBetween(process, previous, node);
        return skipped === undefined
          ? finding('notNext', step, { previous: previous.name, step: node.name })
          : finding('skipped', step, { previous: previous.name, step: node.name, skipped: skipped.map((s) => s.name).join(' → ') });
      }
      previous = node;
    }
    if (record.finished && previous!.type !== 'end') return finding('noEnd', ordered.at(-1)!, { step: previous!.name });
    return [];
  },
});

/** The steps in between on the shortest way from one step to another along `next`, or undefined when there is none. */
function stepsBetween(process: PlanProcess, from: PlanStep, to: PlanStep): PlanStep[] | undefined {
  const cameFrom = new Map<number, number>([[from.index, -1]]);
  const queue = [from.index];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const next of process.steps[at]!.next) {
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, at);
      if (next === to.index) {
        const between: PlanStep[] = [];
        for (let back = at; back !== from.index; back = cameFrom.get(back)!) between.unshift(process.steps[back]!);
        return between;
      }
      queue.push(next);
    }
  }
  return undefined;
}
