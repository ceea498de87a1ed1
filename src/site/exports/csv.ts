import type { PublicCatalogue } from '../public-data.js';
import { POWER_COLUMNS, powerRow } from './columns.js';

/*
 * data/catalogue.csv (RFC 4180): UTF-8 with a byte-order mark (so Excel reads the Chinese right),
 * CRLF between records, a header row of Chinese column names, one record per power.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection, OWASP):
 * such a cell gets a leading apostrophe, which Excel and LibreOffice show as text and hide.
 * Tab, CR and LF are included because some programs skip them before looking for the `=`.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function defuse(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const record = (cells: readonly string[]) => cells.map((cell) => csvField(defuse(cell))).join(',') + CRLF;

/** The CSV export as text, BOM included (write it as UTF-8). */
export function catalogueCsvText(catalogue: PublicCatalogue): string {
  let text = BOM + record(POWER_COLUMNS.map((c) => c.header));
  for (const power of catalogue.powers) text += record(powerRow(power));
  return text;
}

/** The CSV export as UTF-8 bytes (EF BB BF first). */
export function catalogueCsv(catalogue: PublicCatalogue): Uint8Array {
  return new TextEncoder().encode(catalogueCsvText(catalogue));
}
