import { casePointer } from '../../findings.js';
import { defineAuditRule, type RecordCheck } from '../rule.js';

type MessageId = 'wrongPost';

export const caseStepPost = defineAuditRule<MessageId>({
  meta: {
    id: 'case-step-post',
    defaultSeverity: 'error',
    description: {
      'zh-CN': '每个步骤须由内部流程中该步骤的办理岗位（actor）办理；由其他岗位办理的步骤逐一报告（流程中没有的步骤由 case-step-order 报告）。',
      en: 'Each step must be done by the post the internal process gives it (its actor); every step done by another post is reported (steps the process does not have are case-step-order’s).',
    },
    messages: {
      wrongPost: {
        'zh-CN': '步骤「{step}」由岗位 {post} 办理，流程规定的办理岗位是「{actorName}」（{actor}）',
        en: 'step "{step}" was done by post {post}; the process gives it to "{actorName}" ({actor})',
      },
    },
    examples: {
      bad: '# 流程中 approve 的办理岗位是 deputy\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "approve", "post": "director", "start": "2025-03-07"}]}\n',
      good: '# 流程中 approve 的办理岗位是 deputy\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "steps": [\n  {"step": "approve", "post": "deputy", "start": "2025-03-07"}]}\n',
    },
  },
  checkCase: ({ record, department, processStep }) => {
    const findings: RecordCheck<MessageId>[] = [];
    for (const step of record.steps) {
      const actor = processStep(step)?.actor;
      if (actor === undefined || step.post === actor) continue;
      const actorName = department?.posts.find(([id]) => id === actor)?.[1] ?? actor;
      findings.push({
        messageId: 'wrongPost',
        data: { step: processStep(step)!.name, post: step.post, actor, actorName },
        at: step.at,
        pointer: casePointer(record.case, step.index),
      });
    }
    return findings;
  },
});
