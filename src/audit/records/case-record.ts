import { parseTimestamp, type Stamp } from '../../domain/timestamp.js';
import { listOf, recordOf } from '../../model/read.js';
import type { MessageData } from '../../core/messages.js';

/** Where a record sits in its file: 1-based line, columns in UTF-16 code units, end exclusive. */
export interface Where {
  line: number;
  column: number;
  endColumn: number;
}

/** One case (办件) of FORMAT §7, read and checked. */
export interface CaseRecord {
  case: string;
  code: string;
  accepted: Stamp;
  finished: Stamp | undefined;
  outcome: string | undefined;
  /** In the order written; empty when the case has no `steps`. */
  steps: RecordStep[];
  /** The JSON line, or the case's first CSV row. */
  at: Where;
}

export interface RecordStep {
  /** Position in `steps` as written. */
  index: number;
  step: string;
  post: string;
  person: string | undefined;
  start: Stamp;
  end: Stamp | undefined;
  /** The JSON line, or the step's CSV row. */
  at: Where;
}

export type RecordsSyntaxMessage =
  | 'json'
  | 'notObject'
  | 'missing'
  | 'notText'
  | 'timestamp'
  | 'stepsNotList'
  | 'stepNotObject'
  | 'csvQuote'
  | 'csvColumns'
  | 'csvHeader'
  | 'csvSplitCase'
  | 'csvConflict'
  | 'gb18030'
  | 'notUtf8'
  | 'unreadable';

/** Why a record cannot be read; `path` names the value (`['steps', 2, 'start']`) so a CSV row can be found. */
export interface RecordProblem {
  messageId: RecordsSyntaxMessage;
  data: MessageData;
  path: (string | number)[];
}

/** Where each part of a record sits: the case, and each step (CSV rows differ; a JSON line is one place). */
export interface RecordPlaces {
  at: Where;
  stepAt(index: number): Where;
}

const CASE_TIMESTAMPS = ['accepted', 'finished'] as const;

/**
 * A record as parsed from JSON (or assembled from CSV rows), checked against FORMAT §7: required
 * keys present, texts are strings, timestamps parse. `null` counts as absent for optional keys.
 */
export function caseOf(value: unknown, places: RecordPlaces): CaseRecord | RecordProblem {
  const record = recordOf(value);
  if (!record) return { messageId: 'notObject', data: {}, path: [] };
  const id = requiredText(record, 'case');
  if (typeof id !== 'string') return id;
  const code = requiredText(record, 'code');
  if (typeof code !== 'string') return code;
  const stamps: Partial<Record<(typeof CASE_TIMESTAMPS)[number], Stamp>> = {};
  for (const key of CASE_TIMESTAMPS) {
    const raw = record[key];
    if (key === 'accepted' && raw == null) return missing(key, []);
    if (raw == null) continue;
    const stamp = stampOf(raw, [key]);
    if ('messageId' in stamp) return stamp;
    stamps[key] = stamp;
  }
  const outcome = optionalText(record, 'outcome', []);
  if (typeof outcome === 'object') return outcome;
  const steps: RecordStep[] = [];
  if (record.steps != null) {
    if (!Array.isArray(record.steps)) return { messageId: 'stepsNotList', data: {}, path: ['steps'] };
    for (const [index, raw] of listOf(record.steps).entries()) {
      const step = stepOf(raw, index, places.stepAt(index));
      if ('messageId' in step) return step;
      steps.push(step);
    }
  }
  return { case: id, code, accepted: stamps.accepted!, finished: stamps.finished, outcome, steps, at: places.at };
}

function stepOf(value: unknown, index: number, at: Where): RecordStep | RecordProblem {
  const path = ['steps', index];
  const step = recordOf(value);
  if (!step) return { messageId: 'stepNotObject', data: { index: index + 1 }, path };
  const id = requiredText(step, 'step', path);
  if (typeof id !== 'string') return id;
  const post = requiredText(step, 'post', path);
  if (typeof post !== 'string') return post;
  const person = optionalText(step, 'person', path);
  if (typeof person === 'object') return person;
  if (step.start == null) return missing('start', path);
  const start = stampOf(step.start, [...path, 'start']);
  if ('messageId' in start) return start;
  const end = step.end == null ? undefined : stampOf(step.end, [...path, 'end']);
  if (end && 'messageId' in end) return end;
  return { index, step: id, post, person, start, end, at };
}

function requiredText(record: Record<string, unknown>, key: string, path: (string | number)[] = []): string | RecordProblem {
  const value = record[key];
  if (value == null || value === '') return missing(key, path);
  return typeof value === 'string' ? value : notText(key, path);
}

function optionalText(record: Record<string, unknown>, key: string, path: (string | number)[]): string | undefined | RecordProblem {
  const value = record[key];
  if (value == null) return undefined;
  return typeof value === 'string' ? value : notText(key, path);
}

function stampOf(value: unknown, path: (string | number)[]): Stamp | RecordProblem {
  const key = String(path.at(-1));
  const stamp = typeof value === 'string' ? parseTimestamp(value) : undefined;
  return stamp ?? { messageId: 'timestamp', data: { key, value: typeof value === 'string' ? value : JSON.stringify(value) }, path };
}

const missing = (key: string, path: (string | number)[]): RecordProblem => ({ messageId: 'missing', data: { key }, path: [...path, key] });
const notText = (key: string, path: (string | number)[]): RecordProblem => ({ messageId: 'notText', data: { key }, path: [...path, key] });
