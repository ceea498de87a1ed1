import { firstUncovered } from '../../case-dates.js';
import { defineAuditRule } from '../rule.js';

type MessageId = 'notCovered' | 'asOfNotCovered';

export const recordsCalendar = defineAuditRule<MessageId>({
  meta: {
    id: 'records-calendar',
    defaultSeverity: 'error',
    description: {
      'zh-CN':
        '计算工作日要用国务院每年公布的节假日安排（含调休上班日）。案件的日期落在 powercat 内置官方日历尚未覆盖的年份时报告，该案件不作时限判断（不报告 case-overdue、case-step-overdue）；请升级 powercat 以获得新一年的安排。',
      en: 'Working days follow the State Council’s yearly holiday arrangement (with its weekend workdays). A case with a date in a year the official calendar in powercat does not cover is reported and not judged for time (no case-overdue or case-step-overdue); update powercat for the new year’s arrangement.',
    },
    messages: {
      notCovered: {
        'zh-CN': '案件 {case} 的日期 {date} 在 {year} 年，powercat 的官方日历只覆盖 {first}–{last} 年，本案件不作时限判断；请升级 powercat',
        en: 'case {case}: the date {date} is in {year}, and powercat’s official calendar covers {first}–{last} only, so the case is not judged for time; update powercat',
      },
      asOfNotCovered: {
        'zh-CN': '未办结案件 {case} 须按工作日计算到 {asOf}，但 {year} 年不在官方日历覆盖的 {first}–{last} 年内，本案件不作时限判断',
        en: 'pending case {case} would be counted in working days up to {asOf}, but {year} is outside the official calendar’s {first}–{last}, so the case is not judged for time',
      },
    },
    examples: {
      bad: '{"case": "1999-0001", "code": "000131011001", "accepted": "1999-03-04", "finished": "1999-03-09"}\n',
      good: '{"case": "2025-0001", "code": "000131011001", "accepted": "2025-03-04", "finished": "2025-03-09"}\n',
    },
  },
  checkRecord: (record, { calendar }) => {
    const uncovered = firstUncovered(record, calendar);
    if (!uncovered) return [];
    const { date, at, pointer } = uncovered;
    return [{ messageId: 'notCovered', data: { case: record.case, date, year: date.slice(0, 4), first: calendar.firstYear, last: calendar.lastYear }, at, pointer }];
  },
  checkPending: (pending, { asOf, asOfDate, calendar }) =>
    pending.limit.unit === 'workday' && !calendar.covers(asOf)
      ? [
          {
            messageId: 'asOfNotCovered',
            data: { case: pending.case, asOf: asOfDate, year: asOfDate.slice(0, 4), first: calendar.firstYear, last: calendar.lastYear },
            at: pending.at,
            pointer: pending.pointer,
          },
        ]
      : [],
});
