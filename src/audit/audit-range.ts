import type { AuditContext } from './audit-context.js';
import { emptyTally, judge, type Tally } from './judge.js';
import { readCsv } from './records/read-csv.js';
import { readJsonLines, syntaxFinding } from './records/read-jsonl.js';
import type { ByteRange } from './records/read-lines.js';

export type RecordsFormat = 'jsonl' | 'csv';

/** A piece of work: a byte range of a records file (a whole file for CSV). */
export interface RecordsJob extends ByteRange {
  format: RecordsFormat;
}

export interface RangeResult {
  tally: Tally;
  /** Line breaks in the range: the next range of the file starts that many lines further. */
  breaks: number;
  /** The file was refused (GB18030/GBK) within this range: its later ranges do not count. */
  refused: boolean;
}

/** Reads a range and judges every readable record in it; an unreadable file is one finding, not a crash. */
export async function auditRange(job: RecordsJob, context: AuditContext): Promise<RangeResult> {
  const tally = emptyTally();
  const read = job.format === 'csv' ? readCsv : readJsonLines;
  try {
    const { breaks, refused } = await read(job, (record) => judge(record, context, tally), (finding) => tally.findings.push(finding));
    return { tally, breaks, refused };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    tally.findings.push(syntaxFinding('unreadable', { reason }, { line: 1, column: 1, endColumn: 1 }, ''));
    return { tally, breaks: 0, refused: true };
  }
}
