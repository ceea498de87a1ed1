import { casePointer } from '../../findings.js';
import type { RecordStep } from '../../records/case-record.js';
import { defineAuditRule, type RecordCheck } from '../rule.js';

type MessageId = 'handleAndDecide' | 'decideAndSupervise';

/** Functions one person may not combine in one case (决策权、执行权、监督权相互制约), as separation-of-duties has them for posts. */
const CONFLICTS: readonly { pair: readonly [string, string]; messageId: MessageId }[] = [
  { pair: ['handle', 'decide'], messageId: 'handleAndDecide' },
  { pair: ['decide', 'supervise'], messageId: 'decideAndSupervise' },
];

export const caseSeparation = defineAuditRule<MessageId>({
  meta: {
    id: 'case-separation',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '决策权、执行权、监督权相互制约：同一案件中，同一人员（person）不应既办理（handle）又决定（decide），也不应既决定又监督（supervise）。职能取自内部流程中该步骤的 function；在后一个冲突步骤处报告。人员按记录原样比较和显示。',
      en: 'Deciding, executing and supervising check each other: within one case, one person should not both handle and decide, nor both decide and supervise. Functions are the process steps’ `function`; reported at the later conflicting step. Persons are compared and shown exactly as the records give them.',
    },
    messages: {
      handleAndDecide: {
        'zh-CN': '{person} 在本案件中既承办又决定（步骤「{earlier}」与「{step}」），决定与承办应由不同人员承担',
        en: '{person} both handles and decides in this case (steps "{earlier}" and "{step}"); deciding and handling belong to different persons',
      },
      decideAndSupervise: {
        'zh-CN': '{person} 在本案件中既决定又监督（步骤「{earlier}」与「{step}」），决定与监督应由不同人员承担',
        en: '{person} both decides and supervises in this case (steps "{earlier}" and "{step}"); deciding and supervising belong to different persons',
      },
    },
    examples: {
      bad: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "first-review", "post": "clerk", "person": "张三", "start": "2025-03-05"},\n  {"step": "approve", "post": "deputy", "person": "张三", "start": "2025-03-07"}]}\n',
      good: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "first-review", "post": "clerk", "person": "张三", "start": "2025-03-05"},\n  {"step": "approve", "post": "deputy", "person": "李四", "start": "2025-03-07"}]}\n',
    },
  },
  checkCase: ({ record, ordered, processStep }) => {
    const findings: RecordCheck<MessageId>[] = [];
    const earlier: RecordStep[] = [];
    for (const step of ordered) {
      const fn = processStep(step)?.function;
      if (step.person === undefined || fn === undefined) continue;
      for (const { pair, messageId } of CONFLICTS) {
        if (!pair.includes(fn)) continue;
        const other = pair[0] === fn ? pair[1] : pair[0];
        const first = earlier.find((e) => e.person === step.person && processStep(e)?.function === other);
        if (first) {
          findings.push({
            messageId,
            data: { person: step.person, earlier: processStep(first)!.name, step: processStep(step)!.name },
            at: step.at,
            pointer: casePointer(record.case, step.index),
          });
        }
      }
      earlier.push(step);
    }
    return findings;
  },
});
