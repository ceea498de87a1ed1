import type { Field } from './headers.js';
import type { Layout } from './sheet-layout.js';
import type { Cell, SheetRow } from './read-table.js';
import { quoted, type CellRef, type Notes } from './notes.js';

/*
 * Rows to items. Every row with its own code (or, where the code is blank, its own name) starts
 * an item; 主项 (`group`) never folds rows. A row continues the item above when
 * - it names a 子项 and its 项目名称 is empty or the item's (a merged cell): a sub-item row;
 * - it has the item's code and its name is empty or the item's (merged cells over one item's
 *   lines of 责任事项 …): more of the same item;
 * - it has neither code nor name, and every identity cell it has agrees with the item (a CSV
 *   saved from merged cells leaves them empty): more of the same item, and the report says so.
 */

export interface FieldValue {
  text: string;
  cell: Cell;
  at: CellRef;
}

export interface RowView {
  row: number;
  values: ReadonlyMap<Field, readonly FieldValue[]>;
}

export interface Item {
  /** The row that starts the item. */
  main: RowView;
  /** Further rows of the same item. */
  more: RowView[];
  /** Sub-item rows, in order; the main row is the first when it names a 子项 itself. */
  subRows: RowView[];
}

/** Cells of a 子项 column that say there is none. */
const NO_SUB_ITEM = /^(无|\/|-|—|——|无子项)$/;

export function viewOf(row: SheetRow, layout: Layout): RowView {
  const values = new Map<Field, FieldValue[]>();
  for (const column of layout.columns) {
    if (column.field === undefined) continue;
    const cell = row.cells[column.index];
    if (!cell || (cell.text === '' && cell.error === undefined)) continue;
    if (column.field === 'subItem' && NO_SUB_ITEM.test(cell.text)) continue;
    const list = values.get(column.field) ?? [];
    list.push({ text: cell.text, cell, at: { row: row.row, column: column.index, header: column.header } });
    values.set(column.field, list);
  }
  return { row: row.row, values };
}

export const textIn = (view: RowView, field: Field): string => view.values.get(field)?.[0]?.text ?? '';

/** Fields whose cells say which item a row belongs to: a row without code and name joins the item above only when these agree. */
const IDENTITY: readonly Field[] = ['type', 'department', 'departmentCode', 'group'];

export function itemsOf(layout: Layout, notes: Notes): Item[] {
  const hasSubItems = layout.columns.some((c) => c.field === 'subItem');
  const items: Item[] = [];
  let current: Item | undefined;
  for (const row of layout.rows) {
    const view = viewOf(row, layout);
    if (view.values.size === 0) continue;
    const filled = row.cells.filter((c) => c.text !== '');
    const onlySerial = [...view.values.keys()].every((field) => field === 'serial');
    if (onlySerial || (filled.length >= 3 && filled.every((c) => c.text === filled[0]!.text))) {
      // One cell merged across the row, or text in the 序号 column only: a heading (一、行政许可) or a footnote (注：…), not an item.
      notes.note({ row: row.row }, {
        'zh-CN': `这一行只有 ${quoted(filled[0]!.text, 'zh-CN')}（合并单元格或只填了序号列），作为分段标题或注释，未作为事项读入`,
        en: `this row holds only ${quoted(filled[0]!.text, 'en')} (one merged cell, or the 序号 column alone): read as a heading or a note, not as an item`,
      });
      continue;
    }
    const name = textIn(view, 'name');
    const code = textIn(view, 'code');
    const currentName = current ? textIn(current.main, 'name') : '';
    const currentCode = current ? textIn(current.main, 'code') : '';
    if (current && hasSubItems && textIn(view, 'subItem') !== '' && (name === '' || name === currentName)) {
      current.subRows.push(view);
    } else if (current && code !== '' && code === currentCode && (name === '' || name === currentName)) {
      current.more.push(view);
      notes.note({ row: view.row }, {
        'zh-CN': `与第 ${current.main.row} 行编码相同、名称${name === '' ? '为空' : '相同'}，作为同一事项的续行读入（合并单元格）`,
        en: `same code as row ${current.main.row} and ${name === '' ? 'no name' : 'the same name'}: read as more of that item (merged cells)`,
      });
    } else if (current && code === '' && name === '' && IDENTITY.every((f) => textIn(view, f) === '' || textIn(view, f) === textIn(current!.main, f))) {
      current.more.push(view);
      notes.note({ row: view.row }, {
        'zh-CN': `没有编码和名称，作为第 ${current.main.row} 行事项的续行读入（如为独立事项，请在表中补上名称后重新导入）`,
        en: `no code and no name: read as more of the item of row ${current.main.row} (if it is an item of its own, give it a name in the list and import again)`,
      });
    } else {
      current = { main: view, more: [], subRows: hasSubItems && textIn(view, 'subItem') !== '' ? [view] : [] };
      items.push(current);
    }
  }
  return items;
}
