import type { Stamp } from '../domain/timestamp.js';
import type { WorkCalendar } from '../domain/work-calendar.js';
import { casePointer } from './findings.js';
import type { CaseRecord, Where } from './records/case-record.js';

/** The latest date of a record (accepted, finished, each step's start and end), as a day number. */
export function latestDay(record: CaseRecord): number {
  let latest = Math.max(record.accepted.day, record.finished?.day ?? -Infinity);
  for (const step of record.steps) latest = Math.max(latest, step.start.day, step.end?.day ?? -Infinity);
  return latest;
}

export interface DatedPlace {
  date: string;
  at: Where;
  pointer: string;
}

/** The first date of a record, in the order written, in a year the calendar does not cover. */
export function firstUncovered(record: CaseRecord, calendar: WorkCalendar): DatedPlace | undefined {
  const outside = (stamp: Stamp | undefined): stamp is Stamp => stamp !== undefined && !calendar.covers(stamp.day);
  if (outside(record.accepted)) return { date: record.accepted.date, at: record.at, pointer: casePointer(record.case) };
  if (outside(record.finished)) return { date: record.finished.date, at: record.at, pointer: casePointer(record.case) };
  for (const step of record.steps) {
    const stamp = outside(step.start) ? step.start : outside(step.end) ? step.end : undefined;
    if (stamp) return { date: stamp.date, at: step.at, pointer: casePointer(record.case, step.index) };
  }
  return undefined;
}
