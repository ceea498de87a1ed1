import { defineAuditRule, type DepartmentCheck } from '../rule.js';

type MessageId = 'concentrated';

export const caseHeadShare = defineAuditRule<MessageId>({
  meta: {
    id: 'case-head-share',
    defaultSeverity: 'warning',
    description: {
      'zh-CN':
        '防止权力过分集中于一把手（按实际办件）：一个部门已办结的案件中，由主要领导岗位（posts 中 head: true）作出最终决定（案件中最后一个 decide 步骤）的案件，不应超过 power-concentration 规则 share 选项所设的比例（默认 50%）。在清单中该部门处报告。',
      en: 'Power should not concentrate in the head, case by case: of a department’s finished cases, no more than the share set by the power-concentration rule’s share option (default 50%) should have their final decision (the case’s last decide step) made by a head post (`head: true`). Reported at the department in the catalogue.',
    },
    messages: {
      concentrated: {
        'zh-CN': '本部门已办结的 {total} 件案件中，有 {decided} 件（{percent}%）由主要领导岗位作出最终决定，超过 {limit}%；请将部分决定交由分管领导作出',
        en: 'of the department’s {total} finished cases, {decided} ({percent}%) had their final decision made by a head post, above {limit}%; delegate some decisions to deputies',
      },
    },
    examples: {
      bad: '# director 是 head: true 的岗位；本部门 2 件已办结案件都由 director 决定\n{"case": "1", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-10", "steps": [{"step": "approve", "post": "director", "start": "2025-03-07"}]}\n{"case": "2", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-10", "steps": [{"step": "approve", "post": "director", "start": "2025-03-07"}]}\n',
      good: '# director 是 head: true 的岗位；本部门 2 件已办结案件中 1 件由 director 决定\n{"case": "1", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-10", "steps": [{"step": "approve", "post": "deputy", "start": "2025-03-07"}]}\n{"case": "2", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-10", "steps": [{"step": "approve", "post": "director", "start": "2025-03-07"}]}\n',
    },
  },
  checkTotals: ({ departments, share }) => {
    const findings: DepartmentCheck<MessageId>[] = [];
    for (const [department, { finished, byHead }] of [...departments].sort(([a], [b]) => a - b)) {
      if (finished === 0 || byHead / finished <= share) continue;
      findings.push({
        messageId: 'concentrated',
        data: { total: finished, decided: byHead, percent: Math.round((byHead / finished) * 100), limit: Math.round(share * 100) },
        department,
      });
    }
    return findings;
  },
});
