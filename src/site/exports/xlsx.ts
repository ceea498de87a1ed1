import ExcelJS from 'exceljs';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { compareStrings } from '../../core/compare.js';
import type { PublicCatalogue } from '../public-data.js';
import { departmentColumns, departmentRow, POWER_COLUMNS, powerRow, type Column } from './columns.js';

/*
 * data/catalogue.xlsx: sheet "权责清单" (the CSV's columns and rows) and sheet "部门". Byte-identical
 * for the same input: the workbook's dates are `generatedOn`, and because exceljs stamps every zip
 * entry with the clock, its output is re-zipped with one fixed date, in a fixed order, at a fixed
 * compression level (STACK.md, "Other measured gotchas").
 */

export const POWER_SHEET = '权责清单';
export const DEPARTMENT_SHEET = '部门';
/** Deflate level of the re-zip; part of the byte-for-byte output, so never derived from anything. */
const ZIP_LEVEL = 6;
const NO_DATE = '1980-01-01';

function addSheet<T>(workbook: ExcelJS.Workbook, name: string, columns: readonly Column<T>[], rows: readonly string[][]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { alignment: c.wrap ? { vertical: 'top', wrapText: true } : { vertical: 'top' } },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: false };
  // Every cell is text (t="s"): never a formula, a number or a date, so codes keep their leading
  // zeros and a cell starting with "=" is shown as it is. Empty cells are left out.
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === '' ? null : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The workbook exactly as exceljs writes it (zip entries carry the clock time). */
export async function rawWorkbook(catalogue: PublicCatalogue, generatedOn: string | undefined): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Without a date the workbook still needs one (exceljs writes the clock otherwise): the
  // earliest a zip can record, which no reader takes for the data's date.
  const date = new Date(`${generatedOn ?? NO_DATE}T00:00:00Z`);
  workbook.creator = 'powercat';
  workbook.lastModifiedBy = 'powercat';
  workbook.title = catalogue.name;
  workbook.created = date;
  workbook.modified = date;
  addSheet(workbook, POWER_SHEET, POWER_COLUMNS, catalogue.powers.map(powerRow));
  const departments = departmentColumns(catalogue);
  addSheet(workbook, DEPARTMENT_SHEET, departments, catalogue.departments.map((d) => departmentRow(departments, d)));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * The DOS date-time stamped on every zip entry: `generatedOn` at 12:00, clamped to the range a zip
 * can record (1980–2099). Zip times have no time zone and fflate reads the local fields of the
 * Date, so the Date is built from local fields (noon: no time zone changes its clocks then).
 */
export function zipTime(generatedOn: string): Date {
  const [y = 1980, m = 1, d = 1] = generatedOn.split('-').map(Number);
  if (y < 1980) return new Date(1980, 0, 1, 12);
  if (y > 2099) return new Date(2099, 11, 31, 12);
  return new Date(y, m - 1, d, 12);
}

/** `[Content_Types].xml` first (as Office writes it), then every other file by name; folder entries dropped. */
const entryOrder = (a: string, b: string) =>
  a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : compareStrings(a, b);

/** Re-zips an OOXML package so its bytes depend only on its contents and `mtime`. */
export function rezip(zip: Uint8Array, mtime: Date): Uint8Array {
  const entries = unzipSync(zip);
  const files: Zippable = {};
  for (const name of Object.keys(entries).filter((n) => !n.endsWith('/')).sort(entryOrder)) {
    files[name] = [entries[name]!, { level: ZIP_LEVEL, mtime }];
  }
  return zipSync(files, { level: ZIP_LEVEL, mtime });
}

export async function catalogueXlsx(catalogue: PublicCatalogue, generatedOn: string | undefined): Promise<Uint8Array> {
  return rezip(await rawWorkbook(catalogue, generatedOn), zipTime(generatedOn ?? NO_DATE));
}
