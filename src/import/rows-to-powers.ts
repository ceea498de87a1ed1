import { nationalCodeOf } from '../domain/national-code.js';
import { SINGLE_FIELDS, type Field } from './headers.js';
import type { ImportedHandlingItem } from './change-text.js';
import { splitNumbered } from './list-text.js';
import { quoted } from './notes.js';
import { READERS, SUB_ITEM_FIELDS, type Draft, type ReadContext, type SubDraft } from './read-fields.js';
import { textIn, type FieldValue, type Item, type RowView } from './row-items.js';

/*
 * Items to power drafts: the main row's cells, then the cells of the item's further rows (a list
 * field adds what it has not got yet; a single field keeps the first and reports a different
 * later one), then its sub-item rows (their own basis, time limit and note where they differ
 * from the item's). Codes and departments are settled afterwards, over all drafts.
 */

export interface PowerDraft extends Draft {
  subItems: SubDraft[];
  /** The item's code is missing but its sub-items have codes of their own (to derive it from, where the format allows). */
  codeFromSubItems: boolean;
}

/** Read where items are made, or never (序号). */
const NOT_READ: ReadonlySet<Field> = new Set<Field>(['serial', 'subItem', 'subItemCode']);

/** Cells of a sub-item row that are the item's own business: a different one is not a sub-item's and is reported. */
const ITEM_ONLY = (field: Field) => !NOT_READ.has(field) && !SUB_ITEM_FIELDS.includes(field) && field !== 'name' && field !== 'code';

export function draftsOf(items: readonly Item[], context: ReadContext): PowerDraft[] {
  return items.map((item) => draftOf(item, context));
}

function draftOf(item: Item, context: ReadContext): PowerDraft {
  const { main } = item;
  const draft: PowerDraft = { row: main.row, data: {}, comments: [`原表第 ${main.row} 行`], subItems: [], codeFromSubItems: false };
  const applied = new Map<Field, string[]>();
  for (const row of [main, ...item.more]) {
    for (const [field, values] of row.values) {
      if (NOT_READ.has(field)) continue;
      for (const value of SINGLE_FIELDS.has(field) ? values.slice(0, 1) : values) {
        const seen = applied.get(field) ?? [];
        if (seen.includes(value.text)) continue;
        if (SINGLE_FIELDS.has(field) && seen.length > 0) {
          differs(value, seen[0]!, main.row, context);
          continue;
        }
        applied.set(field, [...seen, value.text]);
        read(field, value, row, draft, context);
      }
    }
  }
  // Rows that name sub-items and have codes that differ from row to row give the sub-items'
  // codes — unless the first row's code is an item's by the national rules (ending 000 or 00Y).
  const parentCode = textIn(main, 'code');
  const codes = new Set(item.subRows.map((row) => textIn(row, 'code')).filter((code) => code !== ''));
  const subsHaveCodes = item.subRows[0] === main && codes.size > 1 && !['000', '00Y'].includes(nationalCodeOf(parentCode)?.subItem ?? '');
  if (subsHaveCodes) {
    delete draft.data.code;
    draft.codeFromSubItems = true;
  }
  for (const row of item.subRows) {
    const named = subItemsInCell(textIn(row, 'subItem'));
    const code = textIn(row, 'code');
    const rowCode = textIn(row, 'subItemCode') || (subsHaveCodes || code !== parentCode ? code : '');
    named.forEach((one, i) => {
      const sub: SubDraft = { row: row.row, name: one.name, data: one.note !== undefined ? { note: one.note } : {}, comments: [] };
      const subCode = one.code ?? (i === 0 ? rowCode : '');
      if (subCode !== '') sub.code = subCode;
      if (i === 0 && row !== main) readSubItemCells(row, main, sub, context);
      draft.subItems.push(sub);
    });
  }
  fileHandlingItems(draft, context);
  return draft;
}

/** Handling items the export lists with the power go to the sub-item they name (`所属子项`). */
function fileHandlingItems(draft: PowerDraft, context: ReadContext): void {
  const items = draft.data.handlingItems as ImportedHandlingItem[] | undefined;
  if (!items) return;
  const own: ImportedHandlingItem[] = [];
  for (const { subItem, ...item } of items) {
    const sub = subItem === undefined ? undefined : draft.subItems.find((s) => s.code === subItem);
    if (sub) (sub.data.handlingItems ??= []).push(item);
    else own.push(item);
    if (subItem !== undefined && !sub) {
      context.notes.problem({ row: draft.row }, {
        'zh-CN': `业务办理项“${item.code}”属于子项“${subItem}”，但本事项没有这个子项；已放在事项下，请核对`,
        en: `handling item "${item.code}" belongs to sub-item "${subItem}", which this item does not have; it was put under the item: check it`,
      });
    }
  }
  if (own.length > 0) draft.data.handlingItems = own;
  else delete draft.data.handlingItems;
}

function readSubItemCells(row: RowView, main: RowView, sub: SubDraft, context: ReadContext): void {
  for (const [field, values] of row.values) {
    const value = values[0]!;
    if (value.text === textIn(main, field)) continue;
    if (SUB_ITEM_FIELDS.includes(field)) read(field, value, row, sub, context);
    else if (ITEM_ONLY(field)) notForSubItem(value, main.row, context);
  }
}

/** A parenthesis this long at the end of an exported sub-item is its note (names end in short ones: （新办）). */
const NOTE_LENGTH = 10;

/**
 * The sub-items one 子项 cell names: one, or a numbered list of them. Items that start with a code
 * are the export's (`000131011001 名称（备注）`, columns.ts): code, name, and a long final
 * parenthesis as the note.
 */
export function subItemsInCell(text: string): { code?: string; name: string; note?: string }[] {
  const items = splitNumbered(text)?.items ?? [text];
  return items.map((item) => {
    const coded = /^([0-9A-Za-z][0-9A-Za-z._-]*)\s+([\s\S]+)$/.exec(item);
    if (!coded || !/\d/.test(coded[1]!)) return { name: item };
    const rest = coded[2]!.trim();
    const open = rest.endsWith('）') ? openingOf(rest) : -1;
    if (open > 0 && rest.length - open - 2 >= NOTE_LENGTH) return { code: coded[1]!, name: rest.slice(0, open), note: rest.slice(open + 1, -1) };
    return { code: coded[1]!, name: rest };
  });
}

/** Where the （ that the final ） closes starts. */
function openingOf(text: string): number {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === '）') depth++;
    else if (text[i] === '（' && --depth === 0) return i;
  }
  return -1;
}

function read(field: Field, value: FieldValue, row: RowView, target: Draft | SubDraft, context: ReadContext): void {
  if (value.cell.error !== undefined) {
    context.notes.problem(value.at, {
      'zh-CN': `单元格是错误值（${value.cell.error}），没有可读的内容；请在表中改正`,
      en: `the cell holds an error value (${value.cell.error}), nothing to read; correct it in the list`,
    });
    return;
  }
  READERS[field]?.(value, row, target, context);
}

function differs(value: FieldValue, kept: string, mainRow: number, context: ReadContext): void {
  context.notes.problem(value.at, {
    'zh-CN': `与同一事项第 ${mainRow} 行的 ${quoted(kept, 'zh-CN')} 不同；保留了第 ${mainRow} 行的值，本格未导入`,
    en: `differs from ${quoted(kept, 'en')} in row ${mainRow} of the same item; row ${mainRow}'s value was kept and this one left out`,
  });
}

function notForSubItem(value: FieldValue, mainRow: number, context: ReadContext): void {
  context.notes.problem(value.at, {
    'zh-CN': `子项行的这一格与第 ${mainRow} 行的事项不同，但子项没有这个字段（子项只有编码、名称、依据、时限和备注）；未导入，请在事项或子项中手工补充`,
    en: `this cell of a sub-item row differs from its item in row ${mainRow}, but sub-items have no such field (only code, name, basis, time limit and note); left out: add it to the item or sub-item by hand`,
  });
}
