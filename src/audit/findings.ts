import { pointerOf } from '../load/locate.js';
import type { MessageData } from '../core/messages.js';
import type { Where } from './records/case-record.js';

/**
 * A finding at a record, as data: the wording is filled in when it is reported. Its line is
 * relative to the byte range it was read from until the ranges of a file are put together.
 */
export interface RecordFinding {
  rule: string;
  messageId: string;
  data: MessageData;
  at: Where;
  /**
   * `/<case>` or `/<case>/steps/<n>` (n as written, from 0): keys a baseline by case rather than
   * by line; `''` for a line whose case cannot be read.
   */
  pointer: string;
  /** The listed code of the case: its power is the related location and the report counts the finding under it. */
  code?: string;
}

export function casePointer(caseId: string | undefined, stepIndex?: number): string {
  if (caseId === undefined) return '';
  return stepIndex === undefined ? pointerOf([caseId]) : pointerOf([caseId, 'steps', stepIndex]);
}
