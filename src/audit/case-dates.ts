import { casePointer } from './findings.js';
import type { CaseRecord, Where } from './records/case-record.js';

export interface DatedPlace {
  date: string;
  day: number;
  at: Where;
  pointer: string;
}

/** Every date of a record (accepted, finished, each step's start and end) with where it is written, in the order written. */
export function datesOf(record: CaseRecord): DatedPlace[] {
  const pointer = casePointer(record.case);
  const dates: DatedPlace[] = [];
  for (const stamp of [record.accepted, record.finished]) if (stamp) dates.push({ date: stamp.date, day: stamp.day, at: record.at, pointer });
  for (const step of record.steps) {
    for (const stamp of [step.start, step.end]) {
      if (stamp) dates.push({ date: stamp.date, day: stamp.day, at: step.at, pointer: casePointer(record.case, step.index) });
    }
  }
  return dates;
}
