import { describe, expect, it } from 'vitest';
import { dayOfDate } from '../../src/domain/timestamp.js';
import { officialYears, WorkCalendar } from '../../src/domain/work-calendar.js';

const day = (date: string) => dayOfDate(date)!;
const calendar = new WorkCalendar();
const workday = (date: string) => calendar.isWorkday(day(date));
const workdays = (from: string, to: string, on = calendar) => on.count('workday', day(from), day(to));

/*
 * Checked against the State Council's notices (国务院办公厅关于部分节假日安排的通知):
 *   2024 — 国办发明电〔2023〕7号: 春节 2月10日至17日放假调休，共8天；2月4日（星期日）、2月18日（星期日）上班。
 *   2025 — 国办发明电〔2024〕12号: 春节 1月28日（农历除夕）至2月4日（农历正月初七）放假调休，共8天；
 *          1月26日（星期日）、2月8日（星期六）上班。国庆节、中秋节 10月1日至8日放假调休，共8天；
 *          9月28日（星期日）、10月11日（星期六）上班。
 */
describe('the official calendar (npm chinese-days)', () => {
  it('covers every year from 2004 without a gap, up to at least 2026', () => {
    const years = officialYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBeGreaterThanOrEqual(2026);
    expect(years).toEqual(Array.from({ length: years.length }, (_, i) => 2004 + i));
    expect(calendar.covers(day('2004-01-01'))).toBe(true);
    expect(calendar.covers(day(`${years.at(-1)}-12-31`))).toBe(true);
    expect(calendar.covers(day('2003-12-31'))).toBe(false);
    expect(calendar.covers(day(`${years.at(-1)! + 1}-01-01`))).toBe(false);
  });

  it('has 2024’s Spring Festival as the notice fixes it', () => {
    for (let d = 10; d <= 17; d++) expect(workday(`2024-02-${d}`), `2024-02-${d}`).toBe(false);
    expect(workday('2024-02-04')).toBe(true); // Sunday, worked
    expect(workday('2024-02-18')).toBe(true); // Sunday, worked
    expect(workday('2024-02-09')).toBe(true); // Friday before
    expect(workday('2024-02-19')).toBe(true);
  });

  it('has 2025’s Spring Festival and National Day as the notice fixes them', () => {
    for (const date of ['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02', '2025-02-03', '2025-02-04']) {
      expect(workday(date), date).toBe(false);
    }
    expect(workday('2025-01-26')).toBe(true); // Sunday, worked
    expect(workday('2025-02-08')).toBe(true); // Saturday, worked
    for (let d = 1; d <= 8; d++) expect(workday(`2025-10-0${d}`), `2025-10-0${d}`).toBe(false);
    expect(workday('2025-09-28')).toBe(true); // Sunday, worked
    expect(workday('2025-10-11')).toBe(true); // Saturday, worked
    expect(workday('2025-10-12')).toBe(false); // an ordinary Sunday
  });
});

describe('counting time (FORMAT §7)', () => {
  it('does not count the day of acceptance', () => {
    expect(workdays('2025-03-03', '2025-03-03')).toBe(0);
    expect(workdays('2025-03-03', '2025-03-04')).toBe(1);
    expect(calendar.count('day', day('2025-03-03'), day('2025-03-04'))).toBe(1);
  });

  it('skips weekends', () => {
    expect(workdays('2025-03-07', '2025-03-10')).toBe(1); // Friday → Monday
    expect(workdays('2025-03-03', '2025-03-10')).toBe(5);
  });

  it('skips a statutory holiday and counts a 调休 weekend day that is worked', () => {
    expect(workdays('2025-09-30', '2025-10-10')).toBe(2); // Oct 1–8 off; Oct 9 and 10 worked
    expect(workdays('2025-09-30', '2025-10-11')).toBe(3); // Saturday Oct 11 is worked
    expect(workdays('2025-09-30', '2025-10-14')).toBe(5);
    expect(workdays('2025-02-07', '2025-02-08')).toBe(1); // Saturday Feb 8 is worked
  });

  it('applies the catalogue’s own holidays and workdays on top', () => {
    const local = new WorkCalendar({ holidays: ['2025-03-05'], workdays: ['2025-03-08'] });
    expect(workdays('2025-03-03', '2025-03-10', local)).toBe(5); // Wednesday off, Saturday worked
    expect(workdays('2025-03-03', '2025-03-07', local)).toBe(3);
  });

  it('counts days as calendar days, workdays as working days', () => {
    expect(calendar.count('day', day('2025-09-30'), day('2025-10-10'))).toBe(10);
    expect(workdays('2025-09-30', '2025-10-10')).toBe(2);
    expect(calendar.count('day', day('2025-03-10'), day('2025-03-03'))).toBe(0);
  });
});
