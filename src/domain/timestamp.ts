/*
 * Timestamps of handling records (FORMAT §7): ISO 8601. A timestamp's date is the local date of its
 * own offset, i.e. the date as written; one without an offset is in Asia/Shanghai (+08:00). Times
 * of day never count towards a time limit; they only order steps.
 */

export interface Stamp {
  /** `YYYY-MM-DD`, as written. */
  date: string;
  /** Days since 1970-01-01 of `date`. */
  day: number;
  /** Milliseconds since the epoch (UTC), for ordering. */
  instant: number;
}

const SHANGHAI_OFFSET_MINUTES = 8 * 60;
const MS_PER_DAY = 86_400_000;

// Date, optionally a time (with `T` or, as RFC 3339 allows, a space), optionally an offset.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** The stamp of an ISO 8601 timestamp, or undefined when it does not parse or names no real moment. */
export function parseTimestamp(text: string): Stamp | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const dayOfMonth = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offset = offsetMinutes(m[8]);
  if (offset === undefined) return undefined;
  const day = Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
  return {
    date: text.slice(0, 10),
    day,
    instant: day * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000 + millis,
  };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it is not a real date. */
export function dayOfDate(text: string): number | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseTimestamp(text)?.day : undefined;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

function offsetMinutes(text: string | undefined): number | undefined {
  if (text === undefined) return SHANGHAI_OFFSET_MINUTES;
  if (text === 'Z' || text === 'z') return 0;
  const hours = Number(text.slice(1, 3));
  const minutes = text.length > 3 ? Number(text.slice(-2)) : 0;
  if (hours > 23 || minutes > 59) return undefined;
  return (text[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
