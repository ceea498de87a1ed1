import { timeAmount } from '../../../format/time-amount.js';
import { casePointer } from '../../findings.js';
import { timeUsed } from '../../time-used.js';
import { defineAuditRule, type RecordCheck } from '../rule.js';

type MessageId = 'late';

export const caseStepOverdue = defineAuditRule<MessageId>({
  meta: {
    id: 'case-step-overdue',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '每个步骤从开始（start 当日不计算）到结束（end）所用的时间不应超过流程中该步骤的时限（limit），计算方法与案件时限相同；没有 end 的步骤不判断，只看日期不看时刻。',
      en: 'Each step should take no longer than its process step’s limit, from its start (that day not counted) to its end, counted as a case’s limit is; a step without end is not judged, and times of day never count.',
    },
    messages: {
      late: {
        'zh-CN': '步骤「{step}」自 {start} 至 {end} 用时 {used}，超过该步时限 {limit}',
        en: 'step "{step}" took {used} from {start} to {end}, over its limit of {limit}',
      },
    },
    examples: {
      bad: '# first-review 的时限是 2 个工作日\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "first-review", "post": "clerk", "start": "2025-03-05", "end": "2025-03-10"}]}\n',
      good: '# first-review 的时限是 2 个工作日\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "first-review", "post": "clerk", "start": "2025-03-05", "end": "2025-03-07"}]}\n',
    },
  },
  checkCase: ({ record, timed, calendar, processStep }) => {
    const findings: RecordCheck<MessageId>[] = [];
    if (!timed) return findings;
    for (const step of record.steps) {
      const node = processStep(step);
      const used = node && step.end ? timeUsed(node.limit, step.start.day, step.end.day, calendar) : undefined;
      if (!node?.limit || used === undefined || used <= node.limit.value) continue;
      findings.push({
        messageId: 'late',
        data: { step: node.name, start: step.start.date, end: step.end!.date, used: timeAmount(used, node.limit.unit), limit: timeAmount(node.limit.value, node.limit.unit) },
        at: step.at,
        pointer: casePointer(record.case, step.index),
      });
    }
    return findings;
  },
});
