import { isCounted, type WorkCalendar } from '../domain/work-calendar.js';
import type { Limit } from '../model/types.js';

/**
 * Time used from `from` (not counted) to `to`, in the limit's unit; undefined when the limit is in
 * a unit that is not judged, or a workday count would reach a year the calendar does not cover.
 */
export function timeUsed(limit: Limit | undefined, from: number, to: number, calendar: WorkCalendar): number | undefined {
  if (!limit || !isCounted(limit.unit)) return undefined;
  if (limit.unit === 'workday' && !(calendar.covers(from) && calendar.covers(to))) return undefined;
  return calendar.count(limit.unit, from, to);
}
