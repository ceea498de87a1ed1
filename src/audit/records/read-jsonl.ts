import { recordOf, textOf } from '../../model/read.js';
import { recordsSyntax } from '../rules/records-syntax/rule.js';
import { casePointer, type RecordFinding } from '../findings.js';
import { caseOf, type CaseRecord, type RecordsSyntaxMessage, type Where } from './case-record.js';
import { forEachLine, type ByteRange } from './read-lines.js';

export const RECORDS_SYNTAX = recordsSyntax.meta.id;

export interface ReadOutcome {
  /** Line breaks in the range (the next range's lines follow on). */
  breaks: number;
  /** The file turned out to be GB18030/GBK: it was refused at its first such line. */
  refused: boolean;
}

/**
 * JSON Lines (one case a line): each line parsed on its own; a line that cannot be read is one
 * `records-syntax` finding and the next line is read. Blank lines are skipped.
 */
export async function readJsonLines(range: ByteRange, onCase: (record: CaseRecord) => void, onFinding: (finding: RecordFinding) => void): Promise<ReadOutcome> {
  let refused = false;
  const breaks = await forEachLine(range, (text, line, bad) => {
    const at: Where = { line, column: 1, endColumn: text.length + 1 };
    if (bad) {
      onFinding(syntaxFinding(bad.reason, {}, { line, column: bad.column, endColumn: bad.column + 1 }, ''));
      refused = bad.reason === 'gb18030';
      return !refused;
    }
    if (text.length === 0 || (text.charCodeAt(0) <= 32 && text.trim() === '')) return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const column = jsonErrorColumn(error, text);
      onFinding(syntaxFinding('json', { column }, { line, column, endColumn: column + 1 }, ''));
      return;
    }
    const record = caseOf(value, { at, stepAt: () => at });
    if ('messageId' in record) {
      onFinding(syntaxFinding(record.messageId, record.data, at, casePointer(textOf(recordOf(value)?.case))));
    } else {
      onCase(record);
    }
  });
  return { breaks, refused };
}

export function syntaxFinding(messageId: RecordsSyntaxMessage, data: RecordFinding['data'], at: Where, pointer: string): RecordFinding {
  return { rule: RECORDS_SYNTAX, messageId, data, at, pointer };
}

/** V8 names the offending position ("… in JSON at position 42"); without one, the end of the line. */
function jsonErrorColumn(error: unknown, text: string): number {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? text.length + 1 : Math.min(Number(position), text.length) + 1;
}
