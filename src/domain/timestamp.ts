/*
 * Timestamps of handling records (FORMAT §7): ISO 8601. A timestamp's date is the local date of its
 * own offset, i.e. the date as written; one without an offset is in Asia/Shanghai (+08:00). Times
 * of day never count towards a time limit; they only order steps.
 */

export class Stamp {
  constructor(
    /** The timestamp as written. */
    readonly text: string,
    /** Days since 1970-01-01 of `date`. */
    readonly day: number,
    /** Milliseconds since the epoch (UTC), for ordering. */
    readonly instant: number,
  ) {}

  /** `YYYY-MM-DD`, as written (cut only when asked: most stamps are never shown). */
  get date(): string {
    return this.text.slice(0, 10);
  }
}

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_DAY = 86_400_000;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/*
 * Read by character codes rather than a regular expression: a million cases hold some 16 million
 * timestamps. Accepted: `YYYY-MM-DD`, optionally `T` (or `t`, or a space, as RFC 3339 allows)
 * `hh:mm[:ss[.fraction]]`, optionally `Z` or `±hh[[:]mm]`.
 */

/** The stamp of an ISO 8601 timestamp, or undefined when it does not parse or names no real moment. */
export function parseTimestamp(text: string): Stamp | undefined {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const dayOfMonth = digits(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  const day = daysSinceEpoch(year, month, dayOfMonth);
  let minutes = 0;
  let millis = 0;
  let offset = SHANGHAI_OFFSET_MINUTES;
  if (length > 10) {
    const separator = text.charCodeAt(10);
    if (separator !== 84 && separator !== 116 && separator !== 32) return undefined; // T t space
    const hour = digits(text, 11, 2);
    const minute = text.charCodeAt(13) === 58 ? digits(text, 14, 2) : -1;
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return undefined;
    minutes = hour * 60 + minute;
    let at = 16;
    if (text.charCodeAt(at) === 58) {
      const second = digits(text, at + 1, 2);
      if (second < 0 || second > 59) return undefined;
      millis = second * 1000;
      at += 3;
      const mark = text.charCodeAt(at);
      if (mark === 46 || mark === 44) {
        let end = at + 1;
        while (end < length && end - at <= 9 && isDigit(text.charCodeAt(end))) end++;
        if (end === at + 1) return undefined;
        millis += Math.floor(Number(`0.${text.slice(at + 1, end)}`) * 1000);
        at = end;
      }
    }
    if (at < length) {
      const zone = offsetOf(text, at);
      if (zone === undefined) return undefined;
      offset = zone;
    }
  }
  return new Stamp(text, day, day * MS_PER_DAY + (minutes - offset) * 60_000 + millis);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function dayOfDate(text: string): number | undefined {
  return text.length === 10 ? parseTimestamp(text)?.day : undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `Z`, `z` or `±hh`, `±hhmm`, `±hh:mm` from `at` to the end; undefined otherwise. */
function offsetOf(text: string, at: number): number | undefined {
  const sign = text.charCodeAt(at);
  const rest = text.length - at;
  if ((sign === 90 || sign === 122) && rest === 1) return 0;
  if (sign !== 43 && sign !== 45) return undefined;
  const hours = digits(text, at + 1, 2);
  const minutes = rest === 3 ? 0 : rest === 5 ? digits(text, at + 3, 2) : rest === 6 && text.charCodeAt(at + 3) === 58 ? digits(text, at + 4, 2) : -1;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return (sign === 45 ? -1 : 1) * (hours * 60 + minutes);
}

/** The number written by `count` digits from `at`, or -1. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) return -1;
    value = value * 10 + (code - 48);
  }
  return value;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

function daysInMonth(year: number, month: number): number {
  return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** Days from 1970-01-01 (proleptic Gregorian), without building a Date. */
function daysSinceEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
