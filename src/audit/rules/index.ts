import type { AuditRule } from './rule.js';
import { caseHeadShare } from './case-head-share/rule.js';
import { caseOverdue } from './case-overdue/rule.js';
import { caseSeparation } from './case-separation/rule.js';
import { caseStepOrder } from './case-step-order/rule.js';
import { caseStepOverdue } from './case-step-overdue/rule.js';
import { caseStepPost } from './case-step-post/rule.js';
import { caseUnlisted } from './case-unlisted/rule.js';
import { recordsCalendar } from './records-calendar/rule.js';
import { recordsSyntax } from './records-syntax/rule.js';

/** Every audit rule, in the order of FORMAT.md §7. Adding a rule means adding it here. */
export const AUDIT_RULES: readonly AuditRule[] = [
  recordsCalendar,
  recordsSyntax,
  caseUnlisted,
  caseOverdue,
  caseStepOrder,
  caseStepPost,
  caseStepOverdue,
  caseSeparation,
  caseHeadShare,
] as readonly AuditRule<string>[];

export const AUDIT_RULE_IDS: readonly string[] = AUDIT_RULES.map((r) => r.meta.id);

export function findAuditRule(id: string): AuditRule | undefined {
  return AUDIT_RULES.find((r) => r.meta.id === id);
}
