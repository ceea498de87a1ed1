import { onDemand } from '../util/on-demand.js';
import { dayOfDate } from './timestamp.js';

/*
 * Mainland China's official calendar (FORMAT §7): weekends off, statutory holidays off, 调休
 * weekend days worked, as the State Council's yearly notice (国务院办公厅关于部分节假日安排的通知)
 * fixes them. The dates come from the npm package `chinese-days`, which follows those notices;
 * a catalogue's own `calendar: {holidays, workdays}` is applied on top.
 */

/** Where the official dates come from (named in docs/audit.md). */
export const OFFICIAL_CALENDAR_PACKAGE = 'chinese-days';

interface OfficialDates {
  /** Date → "English name,中文名,days": days off, weekends inside a holiday included. */
  holidays: Record<string, string>;
  /** Date → the holiday it makes up for: weekend days that are worked (调休上班). */
  workdays: Record<string, string>;
}

const officialDates = onDemand<OfficialDates>(`${OFFICIAL_CALENDAR_PACKAGE}/dist/chinese-days.json`);

/** The years the official calendar covers: those with a published arrangement. */
export function officialYears(): number[] {
  const years = new Set(Object.keys(officialDates().holidays).map((date) => Number(date.slice(0, 4))));
  return [...years].sort((a, b) => a - b);
}

export interface LocalDays {
  /** Extra days off (local closures). */
  holidays: readonly string[];
  /** Extra working days. */
  workdays: readonly string[];
}

const MS_PER_DAY = 86_400_000;

/** The units FORMAT §7 counts; months, years and hours are not judged. */
export type CountedUnit = 'day' | 'workday';

export function isCounted(unit: string): unit is CountedUnit {
  return unit === 'day' || unit === 'workday';
}

/**
 * Working days on the official calendar plus a catalogue's own days, over the years the official
 * calendar covers. Counting is O(1): a running total of working days per day.
 */
export class WorkCalendar {
  readonly firstYear: number;
  readonly lastYear: number;
  private readonly base: number;
  private readonly covered: Uint8Array;
  /** `worked[i]` = working days among the days before `base + i`. */
  private readonly worked: Int32Array;

  constructor(local: LocalDays = { holidays: [], workdays: [] }) {
    const years = officialYears();
    this.firstYear = years[0]!;
    this.lastYear = years.at(-1)!;
    this.base = Date.UTC(this.firstYear, 0, 1) / MS_PER_DAY;
    const size = Date.UTC(this.lastYear + 1, 0, 1) / MS_PER_DAY - this.base;
    const isWorkday = new Uint8Array(size);
    this.covered = new Uint8Array(size);
    const coveredYears = new Set(years);
    for (let i = 0; i < size; i++) {
      const date = new Date((this.base + i) * MS_PER_DAY);
      const weekday = date.getUTCDay();
      isWorkday[i] = weekday === 0 || weekday === 6 ? 0 : 1;
      this.covered[i] = coveredYears.has(date.getUTCFullYear()) ? 1 : 0;
    }
    const { holidays, workdays } = officialDates();
    const mark = (dates: Iterable<string>, value: 0 | 1) => {
      for (const date of dates) {
        const day = dayOfDate(date);
        if (day !== undefined && day >= this.base && day < this.base + size) isWorkday[day - this.base] = value;
      }
    };
    mark(Object.keys(holidays), 0);
    mark(Object.keys(workdays), 1);
    mark(local.holidays, 0);
    mark(local.workdays, 1);
    this.worked = new Int32Array(size + 1);
    for (let i = 0; i < size; i++) this.worked[i + 1] = this.worked[i]! + isWorkday[i]!;
  }

  /** Whether the official calendar covers the day's year. */
  covers(day: number): boolean {
    const i = day - this.base;
    return i >= 0 && i < this.covered.length && this.covered[i] === 1;
  }

  isWorkday(day: number): boolean {
    return this.workdaysAfter(day - 1, day) === 1;
  }

  /**
   * Days of a unit after `from` (not counted: a period starts the next day) up to and including
   * `to`; workdays need both days covered.
   */
  count(unit: CountedUnit, from: number, to: number): number {
    return unit === 'workday' ? this.workdaysAfter(from, to) : Math.max(0, to - from);
  }

  /** Working days after `from` up to and including `to` (the start day is not counted); both must be covered. */
  workdaysAfter(from: number, to: number): number {
    if (to <= from) return 0;
    return this.worked[to - this.base + 1]! - this.worked[from - this.base + 1]!;
  }
}
