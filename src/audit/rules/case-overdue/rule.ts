import { timeAmount } from '../../../format/time-amount.js';
import { casePointer } from '../../findings.js';
import { timeUsed } from '../../time-used.js';
import { defineAuditRule } from '../rule.js';

type MessageId = 'late' | 'pending';

export const caseOverdue = defineAuditRule<MessageId>({
  meta: {
    id: 'case-overdue',
    defaultSeverity: 'error',
    description: {
      'zh-CN':
        '案件须在时限内办结：时限为事项的承诺时限，没有承诺时限时为法定时限（案件编码是子项或业务办理项且其写有时限时，用其自身的时限）。受理当日不计算，自次日起算；工作日按官方日历（含调休）加上清单自己的 calendar 计算，自然日逐日计算；月、年、小时不判断。已办结的按办结日期判断，未办结的按 --as-of 日期判断。',
      en: 'A case must finish within its limit: the power’s promised limit, else its statutory one (a sub-item’s or handling item’s own limit when the case is of that code and it states one). The day of acceptance is not counted; working days follow the official calendar (with its weekend workdays) plus the catalogue’s own calendar, days count every day; months, years and hours are not judged. Finished cases are judged at their finishing date, pending ones at --as-of.',
    },
    messages: {
      late: {
        'zh-CN': '案件 {case} 于 {accepted} 受理、{finished} 办结，用时 {used}，超过时限 {limit}',
        en: 'case {case} was accepted on {accepted} and finished on {finished}: {used}, over its limit of {limit}',
      },
      pending: {
        'zh-CN': '案件 {case} 于 {accepted} 受理，截至 {asOf} 仍未办结，已用 {used}，超过时限 {limit}',
        en: 'case {case} was accepted on {accepted} and is still pending on {asOf}: {used}, over its limit of {limit}',
      },
    },
    examples: {
      bad: '# 承诺时限 7 个工作日\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-17"}\n',
      good: '# 承诺时限 7 个工作日\n{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-13"}\n',
    },
  },
  checkCase: ({ record, code, timed, calendar }) => {
    const { limit } = code;
    const used = record.finished && timed ? timeUsed(limit, record.accepted.day, record.finished.day, calendar) : undefined;
    if (!limit || used === undefined || used <= limit.value) return [];
    return [
      {
        messageId: 'late',
        data: { case: record.case, accepted: record.accepted.date, finished: record.finished!.date, used: timeAmount(used, limit.unit), limit: timeAmount(limit.value, limit.unit) },
        at: record.at,
        pointer: casePointer(record.case),
      },
    ];
  },
  checkPending: (pending, { asOf, asOfDate, calendar }) => {
    const { limit } = pending;
    const used = timeUsed(limit, pending.accepted, asOf, calendar);
    if (used === undefined || used <= limit.value) return [];
    return [
      {
        messageId: 'pending',
        data: { case: pending.case, accepted: pending.acceptedDate, asOf: asOfDate, used: timeAmount(used, limit.unit), limit: timeAmount(limit.value, limit.unit) },
        at: pending.at,
        pointer: pending.pointer,
      },
    ];
  },
});
