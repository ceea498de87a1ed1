import { readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { UsageError } from '../core/errors.js';
import { decode } from '../load/decode.js';

/*
 * A list file as rows of text cells: CSV (UTF-8, UTF-16 or GB18030/GBK, comma, tab or semicolon
 * separated) or XLSX (every worksheet; merged cells read as their top-left value). Row numbers
 * are the spreadsheet's, so every note can say where to look.
 */

export interface Cell {
  text: string;
  /** XLSX: how the cell was stored when that can lose what was typed (a code stored as a number). */
  stored?: 'number' | 'date';
  /** XLSX: an error value such as #N/A, or a formula without a result. */
  error?: string;
  /** XLSX: a link's target, when the cell is a link. */
  link?: string;
}

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface Table {
  format: 'csv' | 'xlsx';
  /** CSV: the encoding it was read in. */
  encoding?: 'UTF-8' | 'UTF-16' | 'GB18030';
  sheets: Sheet[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

export async function readTable(path: string, shown: string): Promise<Table> {
  const bytes = readFileSync(path);
  if (startsWith(bytes, OLE)) {
    throw new UsageError({
      'zh-CN': `${shown} 是 Excel 97–2003 工作簿（.xls），powercat 读不了这种格式；请在 Excel 或 WPS 中“另存为” .xlsx 或“CSV UTF-8（逗号分隔）”后再导入`,
      en: `${shown} is an Excel 97–2003 workbook (.xls), which powercat cannot read; save it as .xlsx or "CSV UTF-8 (comma delimited)" in Excel or WPS and import that`,
    });
  }
  if (startsWith(bytes, ZIP)) return { format: 'xlsx', sheets: await readXlsx(bytes, shown) };
  if (/\.xlsx$/i.test(path)) {
    throw new UsageError({ 'zh-CN': `${shown} 不是 .xlsx 工作簿（文件开头不是 ZIP 格式）；请确认文件完整`, en: `${shown} is not an .xlsx workbook (it does not start as a ZIP file); check that the file is complete` });
  }
  const { text, encoding } = csvText(bytes, shown);
  return { format: 'csv', encoding, sheets: [{ name: '', rows: readCsv(text, shown) }] };
}

function csvText(bytes: Uint8Array, shown: string): { text: string; encoding: NonNullable<Table['encoding']> } {
  const decoded = decode(bytes);
  if (decoded.ok) return { text: decoded.text, encoding: 'UTF-8' };
  const { reason, line, column } = decoded.failure;
  if (reason === 'gb18030') return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' };
  if (reason === 'utf16') return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), encoding: 'UTF-16' };
  throw new UsageError({
    'zh-CN': `${shown}:${line}:${column} 既不是 UTF-8 也不是 GBK 文本${reason === 'binary' ? '（像是二进制文件）' : ''}；请在 Excel 或 WPS 中“另存为 CSV UTF-8（逗号分隔）”，或用 iconv -f 原编码 -t UTF-8 转换后再导入`,
    en: `${shown}:${line}:${column} is neither UTF-8 nor GBK text${reason === 'binary' ? ' (it looks binary)' : ''}; save it as "CSV UTF-8 (comma delimited)" in Excel or WPS, or convert it with iconv -f ENCODING -t UTF-8, and import that`,
  });
}

/** The separator of the header line: the most frequent of comma, tab and semicolon outside quotes. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = 0;
  for (const delimiter of [',', '\t', ';']) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > most) [best, most] = [delimiter, count];
  }
  return best;
}

/** The export protects cells that start like a formula with a leading apostrophe (csv.ts `defuse`): taken off again. */
const undefuse = (cell: string) => (/^'[=+\-@\t\r\n]/.test(cell) ? cell.slice(1) : cell);

function readCsv(text: string, shown: string): SheetRow[] {
  let records: string[][];
  try {
    // csv-parse reads bytes several times faster than a string.
    records = parseCsv(Buffer.from(text, 'utf8'), { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    throw new UsageError({
      'zh-CN': `${shown}${lines ? `:${lines}` : ''} 不能按 CSV 读取（${message}）；请检查该处的引号，或在 Excel 中重新“另存为 CSV UTF-8”`,
      en: `${shown}${lines ? `:${lines}` : ''} cannot be read as CSV (${message}); check the quotes there, or save it again as "CSV UTF-8" in Excel`,
    });
  }
  return records.map((cells, i) => ({ row: i + 1, cells: cells.map((cell) => ({ text: clean(undefuse(cell)) })) }));
}

/** Line breaks as LF, and no space around the text. */
const clean = (text: string) => text.replace(/\r\n?/g, '\n').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

async function readXlsx(bytes: Uint8Array, shown: string): Promise<Sheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UsageError({
      'zh-CN': `${shown} 不能按 .xlsx 读取（${(error as Error).message}）；请在 Excel 或 WPS 中重新“另存为” .xlsx，或导出 CSV UTF-8`,
      en: `${shown} cannot be read as .xlsx (${(error as Error).message}); save it again as .xlsx in Excel or WPS, or export "CSV UTF-8"`,
    });
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellOf(cell.value);
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= { text: '' };
      rows.push({ row: number, cells });
    });
    return { name: worksheet.name, rows };
  });
}

type CellValue = import('exceljs').CellValue;

function cellOf(value: CellValue): Cell {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: clean(value) };
  if (typeof value === 'number') return { text: String(value), stored: 'number' };
  if (typeof value === 'boolean') return { text: value ? '是' : '否' };
  if (value instanceof Date) return { text: Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10), stored: 'date' };
  if ('error' in value) return { text: '', error: String(value.error) };
  if ('richText' in value) return { text: clean(value.richText.map((part) => part.text).join('')) };
  if ('hyperlink' in value) return { ...cellOf((value as { text?: CellValue }).text ?? ''), link: value.hyperlink };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return result === undefined ? { text: '', error: 'formula' } : cellOf(result);
  }
  return { text: '' };
}
