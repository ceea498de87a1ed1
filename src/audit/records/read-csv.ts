import { parse } from 'csv-parse/sync';
import { casePointer, type RecordFinding } from '../findings.js';
import { caseOf, type CaseRecord, type Where } from './case-record.js';
import { syntaxFinding, type ReadOutcome } from './read-jsonl.js';
import { forEachLine, type ByteRange } from './read-lines.js';

/** The columns FORMAT §7 names: a case's keys, then `steps` flattened. */
const CASE_COLUMNS = ['case', 'code', 'accepted', 'finished', 'outcome'] as const;
const STEP_COLUMNS = ['step', 'post', 'person', 'start', 'end'] as const;
const REQUIRED_COLUMNS = ['case', 'code', 'accepted'] as const;
type Column = (typeof CASE_COLUMNS)[number] | (typeof STEP_COLUMNS)[number];

interface Row {
  values: Partial<Record<Column, string>>;
  at: Where;
}

interface Group {
  id: string;
  rows: Row[];
  /** A row of it could not be read, or its rows came apart: it is not judged. */
  unreadable: boolean;
}

/**
 * CSV: one step a row, the case's columns repeated, the rows of a case next to each other. Lines
 * are read one at a time and joined only while a quoted field spans lines; each row is parsed by
 * csv-parse on its own, so a bad row is one finding at its own line and the next row is read.
 */
export async function readCsv(range: ByteRange, onCase: (record: CaseRecord) => void, onFinding: (finding: RecordFinding) => void): Promise<ReadOutcome> {
  let columns: Map<Column, number> | undefined;
  let headerLength = 0;
  let stop = false;
  let refused = false;
  let pending: { text: string; at: Where; quotes: number } | undefined;
  let group: Group | undefined;
  const seen = new Set<string>();

  const flush = () => {
    if (group && !group.unreadable) assemble(group, onCase, onFinding);
    if (group) seen.add(group.id);
    group = undefined;
  };

  const onRow = (text: string, at: Where) => {
    let fields: string[];
    try {
      const records = parse(text, { relax_column_count: true }) as string[][];
      fields = (records[0] ?? []).map((f) => f.trim());
    } catch {
      onFinding(syntaxFinding('csvQuote', {}, at, ''));
      if (group) group.unreadable = true;
      return;
    }
    if (!columns) {
      columns = new Map(fields.flatMap((name, i) => ([...CASE_COLUMNS, ...STEP_COLUMNS] as readonly string[]).includes(name) ? [[name as Column, i]] : []));
      headerLength = fields.length;
      const missing = REQUIRED_COLUMNS.filter((c) => !columns!.has(c));
      if (missing.length > 0) {
        onFinding(syntaxFinding('csvHeader', { columns: missing.join(', ') }, at, ''));
        stop = true;
      }
      return;
    }
    const values: Row['values'] = {};
    for (const [column, i] of columns) if (fields[i]) values[column] = fields[i];
    const id = values.case;
    if (fields.length !== headerLength) {
      onFinding(syntaxFinding('csvColumns', { count: fields.length, expected: headerLength }, at, casePointer(id)));
      if (group && group.id === id) group.unreadable = true;
      return;
    }
    if (id === undefined) {
      onFinding(syntaxFinding('missing', { key: 'case' }, at, ''));
      return;
    }
    if (group?.id !== id) {
      flush();
      group = { id, rows: [], unreadable: false };
      if (seen.has(id)) {
        group.unreadable = true;
        onFinding(syntaxFinding('csvSplitCase', { case: id }, at, casePointer(id)));
      }
    }
    group.rows.push({ values, at });
  };

  const breaks = await forEachLine(range, (text, line, bad) => {
    if (bad) {
      onFinding(syntaxFinding(bad.reason, {}, { line, column: bad.column, endColumn: bad.column + 1 }, ''));
      refused = bad.reason === 'gb18030';
      stop = true;
      return false;
    }
    if (pending) {
      pending.text += `\n${text}`;
    } else {
      if (text.trim() === '') return;
      pending = { text, at: { line, column: 1, endColumn: text.length + 1 }, quotes: 0 };
    }
    pending.quotes += countQuotes(text);
    if (pending.quotes % 2 === 1) return;
    onRow(pending.text, pending.at);
    pending = undefined;
    return !stop;
  });
  if (!stop) {
    if (pending) onRow(pending.text, pending.at);
    flush();
  }
  return { breaks, refused };
}

function countQuotes(text: string): number {
  let n = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) n++;
  return n;
}

/** A case from its rows: its columns from the rows that fill them (which must agree), a step from each row that has one. */
function assemble(group: Group, onCase: (record: CaseRecord) => void, onFinding: (finding: RecordFinding) => void): void {
  const value: Record<string, unknown> = { case: group.id };
  for (const column of CASE_COLUMNS) {
    for (const row of group.rows) {
      const text = row.values[column];
      if (text === undefined) continue;
      if (value[column] === undefined) {
        value[column] = text;
      } else if (value[column] !== text) {
        onFinding(syntaxFinding('csvConflict', { case: group.id, key: column, value: text, earlier: String(value[column]) }, row.at, casePointer(group.id)));
        return;
      }
    }
  }
  const stepRows = group.rows.filter((row) => STEP_COLUMNS.some((c) => row.values[c] !== undefined));
  if (stepRows.length > 0) value.steps = stepRows.map((row) => Object.fromEntries(STEP_COLUMNS.map((c) => [c, row.values[c]])));
  const first = group.rows[0]!.at;
  const record = caseOf(value, { at: first, stepAt: (i) => stepRows[i]!.at });
  if (!('messageId' in record)) {
    onCase(record);
    return;
  }
  const stepIndex = record.path[0] === 'steps' ? (record.path[1] as number) : undefined;
  const at = stepIndex === undefined ? first : stepRows[stepIndex]!.at;
  onFinding(syntaxFinding(record.messageId, record.data, at, casePointer(group.id, stepIndex)));
}
