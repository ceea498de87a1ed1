/*
 * Lists written inside one cell, the ways published lists and powercat's own exports write them:
 * numbered (`1. …\n2. …`, `1、…；2、…`, `（1）…`, `①…`), or joined with `；` or line breaks.
 * These are the inverses of the export's `numbered` and `；`-joined renderings (columns.ts).
 */

const CIRCLED_ONE = 0x2460;

/** A list marker at the start of an item: its number and where the item's text starts. */
function markerAt(text: string, at: number): { n: number; end: number } | undefined {
  const match = /^[ \t\u3000]*(?:(\d{1,3})[.．、](?!\d)|[（(](\d{1,3})[)）]|([\u2460-\u2473]))[ \t\u3000]*/.exec(text.slice(at, at + 12));
  if (!match) return undefined;
  const n = match[3] !== undefined ? match[3].codePointAt(0)! - CIRCLED_ONE + 1 : Number(match[1] ?? match[2]);
  return { n, end: at + match[0].length };
}

export interface NumberedList {
  /** Text before item 1 (an introduction such as “有下列情形之一的：”), when there is any. */
  preamble?: string;
  items: string[];
}

/** How the export opens a basis written after an item (columns.ts `basisNote`). */
const BASIS_NOTE = '（依据：';

/**
 * Splits a numbered list: items start with 1, 2, 3 … in order, each at the start of the text or
 * of a line, or after `；`, `;`, `。`, `：` — not the `：` of a basis note, whose basis may itself
 * begin with a number (`1. 甲（依据：2、…）`). Undefined when no item 1 starts such a place.
 */
export function splitNumbered(text: string): NumberedList | undefined {
  const starts: { at: number; end: number }[] = [];
  let expected = 1;
  for (let i = 0; i <= text.length; i++) {
    const boundary = i === 0 || (/[\n；;。：:]/.test(text[i - 1]!) && !text.endsWith(BASIS_NOTE, i));
    if (!boundary) continue;
    const marker = markerAt(text, i);
    if (marker?.n === expected) {
      starts.push({ at: i, end: marker.end });
      expected++;
    }
  }
  if (starts.length === 0) return undefined;
  const items = starts.map((start, k) => {
    const next = starts[k + 1]?.at;
    // `1.甲；2.乙`: the `；` before the next number separates the items; before a line break it is the item's own.
    if (next === undefined) return text.slice(start.end).trim();
    return text.slice(start.end, /[；;]/.test(text[next - 1]!) ? next - 1 : next).trim();
  });
  const preamble = text.slice(0, starts[0]!.at).trim();
  return { ...(preamble !== '' ? { preamble } : {}), items: items.filter((item) => item !== '') };
}

/**
 * Items of a list: numbered when it is, else split at `；`, `;` and line breaks. A preamble that
 * ends with a colon is a heading (有下列情形之一的：) and not an item; any other is kept as one.
 */
export function splitItems(text: string): string[] {
  const numbered = splitNumbered(text);
  if (numbered) return numbered.preamble !== undefined && !/[:：]$/.test(numbered.preamble) ? [numbered.preamble, ...numbered.items] : numbered.items;
  return text.split(/[；;\n]+/).map((item) => item.trim()).filter((item) => item !== '');
}

/** Short words in one cell (服务对象, 办理形式, 共同实施部门): also split at `、`, `，`, `,` and `/`. */
export function splitWords(text: string): string[] {
  return text.split(/[；;\n、，,/|]+/).map((item) => item.trim()).filter((item) => item !== '');
}

/** `text（依据：basis）` → both parts; the export writes a basis this way (columns.ts `basisNote`). */
export function withBasisNote(item: string): { text: string; basis?: string } {
  const at = item.lastIndexOf(BASIS_NOTE);
  if (at <= 0 || !item.endsWith('）')) return { text: item };
  return { text: item.slice(0, at).trim(), basis: item.slice(at + BASIS_NOTE.length, -1).trim() };
}

/**
 * Bases given in a column of their own (责任事项依据, 追责依据) for the items of another: paired by
 * number when both lists have as many items, else the whole text is the basis of every item.
 */
export function pairBases(count: number, basisText: string): string[] {
  const numbered = splitNumbered(basisText);
  if (numbered && numbered.preamble === undefined && numbered.items.length === count) return numbered.items;
  return Array.from({ length: count }, () => basisText.trim());
}

/** Chinese numbers as lists write them (十, 二十, 四十五, 一百八十, 两); undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
  if (!/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const char of text) {
    if (char in digits) {
      digit = digits[char]!;
    } else {
      total += (digit ?? 1) * units[char]!;
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}
