import { UsageError } from '../core/errors.js';
import { knownHeaderCount, mapColumns, type ColumnMapping, type MapTarget } from './headers.js';
import type { Sheet, SheetRow, Table } from './read-table.js';

/*
 * Where the list is in the file: which worksheet, which row holds the headers (lists often have
 * a title line above, sometimes a second header row below: 办理时限 over 法定 | 承诺), and the
 * title, which may name the catalogue.
 */

export interface Layout {
  sheet: Sheet;
  /** The (last) header row. */
  headerRow: number;
  headers: string[];
  columns: ColumnMapping[];
  /** The title line above the headers, when there is one. */
  title?: string;
  /** Every row below the headers. */
  rows: SheetRow[];
}

/** Header rows are looked for among the first rows only. */
const HEADER_SEARCH_ROWS = 20;

const texts = (row: SheetRow | undefined) => (row?.cells ?? []).map((c) => c.text);

function headerIndex(sheet: Sheet, map: ReadonlyMap<string, MapTarget>): number | undefined {
  let best: { index: number; count: number } | undefined;
  for (const [index, row] of sheet.rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const count = knownHeaderCount(texts(row), map);
    if (count >= 2 && (!best || count > best.count)) best = { index, count };
  }
  return best?.index;
}

export function layoutOf(table: Table, map: ReadonlyMap<string, MapTarget>, shown: string, sheetName: string | undefined): Layout {
  const sheets = sheetName === undefined ? table.sheets : table.sheets.filter((s) => s.name === sheetName);
  if (sheetName !== undefined && sheets.length === 0) {
    const names = table.sheets.map((s) => s.name).join('、');
    throw new UsageError({
      'zh-CN': `${shown} 中没有名为“${sheetName}”的工作表；现有工作表：${names}`,
      en: `${shown} has no worksheet named "${sheetName}"; its worksheets are: ${table.sheets.map((s) => `"${s.name}"`).join(', ')}`,
    });
  }
  for (const sheet of sheets) {
    const index = headerIndex(sheet, map);
    if (index === undefined) continue;
    const layout = layoutAt(sheet, index, map);
    if (layout.columns.some((c) => c.field === 'name')) return layout;
  }
  const where = sheetName !== undefined ? `${shown}（工作表“${sheetName}”）` : shown;
  const whereEn = sheetName !== undefined ? `${shown} (worksheet "${sheetName}")` : shown;
  throw new UsageError({
    'zh-CN': `${where} 的前 ${HEADER_SEARCH_ROWS} 行中找不到含“事项名称”等名称列的标题行；请用 --map 说明哪一列是名称（如 “权力事项: name”），可用的字段见 docs/import.md`,
    en: `${whereEn} has no header row with a name column (such as 事项名称) in its first ${HEADER_SEARCH_ROWS} rows; say which column holds the names with --map (e.g. "权力事项: name"); the fields are listed in docs/import.md`,
  });
}

function layoutAt(sheet: Sheet, index: number, map: ReadonlyMap<string, MapTarget>): Layout {
  let headers = texts(sheet.rows[index]);
  let last = index;
  const next = sheet.rows[index + 1];
  const lower = texts(next);
  // A second header row right below: each of its cells is a header, or the one above it (merged
  // down), and at least one is a header of its own (办理时限 over 法定时限 | 承诺时限).
  const isHeader = (cell: string, i: number) => cell === '' || cell === headers[i] || knownHeaderCount([cell], map) === 1;
  const ownHeaders = lower.filter((cell, i) => cell !== '' && cell !== headers[i] && knownHeaderCount([cell], map) === 1);
  if (next && next.row === sheet.rows[index]!.row + 1 && ownHeaders.length > 0 && lower.every(isHeader)) {
    headers = Array.from({ length: Math.max(headers.length, lower.length) }, (_, i) => ((lower[i] ?? '') !== '' ? lower[i]! : (headers[i] ?? '')));
    last = index + 1;
  }
  const above = sheet.rows.slice(0, index).map((row) => [...new Set(texts(row).filter((t) => t !== ''))]);
  const title = above.find((cells) => cells.length === 1)?.[0];
  return {
    sheet,
    headerRow: sheet.rows[last]!.row,
    headers,
    columns: mapColumns(headers, map),
    ...(title !== undefined ? { title } : {}),
    rows: sheet.rows.slice(last + 1),
  };
}
