import type { Lang, LocalizedText } from '../core/messages.js';

/** Where in the spreadsheet a note points: a row, and a cell when the column is known. */
export interface CellRef {
  row: number;
  /** 0-based column index. */
  column?: number;
  header?: string;
}

/**
 * What the importer tells the clerk. A `problem` is something it could not read as the format
 * wants (the value is left out, or kept as text where the report says so); a `note` is a
 * decision it took for them (a folded row, an inherited department) that they should check.
 */
export interface ImportNote {
  kind: 'problem' | 'note';
  at?: CellRef;
  text: LocalizedText;
}

/** `A`, `B` … `Z`, `AA` …: columns as the spreadsheet shows them. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `FILE:row:column (header)`, or `FILE:row` for a whole row, or `FILE`. */
function placeOf(file: string, at: CellRef | undefined): string {
  if (!at) return file;
  if (at.column === undefined) return `${file}:${at.row}`;
  return `${file}:${at.row}:${columnLetter(at.column)}${at.header !== undefined ? ` (${at.header})` : ''}`;
}

export function noteLine(file: string, note: ImportNote, lang: Lang): string {
  return note.at ? `${placeOf(file, note.at)}: ${note.text[lang]}` : note.text[lang];
}

/** Collects notes in the order they are found. */
export class Notes {
  readonly list: ImportNote[] = [];

  problem(at: CellRef | undefined, text: LocalizedText): void {
    this.list.push({ kind: 'problem', at, text });
  }

  note(at: CellRef | undefined, text: LocalizedText): void {
    this.list.push({ kind: 'note', at, text });
  }

  /** Notes without a place first, then by row and column (the order they were found in among equals). */
  sorted(): ImportNote[] {
    const rank = (n: ImportNote) => [n.at?.row ?? 0, n.at?.column ?? -1] as const;
    return [...this.list].sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
  }
}

/** Quotes a cell's text inside a message, shortened so one line stays one line. */
export function quoted(text: string, lang: Lang): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const short = flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
  return lang === 'en' ? `"${short}"` : `“${short}”`;
}
