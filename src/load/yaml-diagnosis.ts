import type { MessageData, Words } from '../core/messages.js';
import type { SyntaxMessageId } from './source.js';

/*
 * The `yaml` parser knows that a document is broken, but often not which line a person must
 * edit: one space too many on line 15 is reported on line 14 as a nested mapping. This reads the
 * lines of the broken document the way a person lays them out — keys in columns, list dashes in
 * columns, values after `: ` — and names the first line that breaks that layout, with the fix.
 * It gives up (undefined) on what it does not model (explicit keys, anchors or tags before a
 * node), and then the parser's own error is explained instead.
 */

export interface LineProblem {
  messageId: SyntaxMessageId;
  data: MessageData;
  line: number;
  column: number;
  endColumn: number;
}

type Kind = 'map' | 'seq';

/** Before a document's first line: any column opens its root node. */
const ROOT = { column: -1, kind: 'map' } as const;

interface Level {
  column: number;
  kind: Kind;
  /** The last key written at this level (for `map`): what a mis-indented line is told to align with. */
  key?: string;
  /** The line that started the level, its indentation, and the column of the line that opened its block (-1: the document). */
  line: number;
  first: number;
  opener: number | undefined;
  /** Lines written at this level so far. */
  count: number;
}

/** What one line holds after its indentation and list dashes. */
interface Entry {
  key?: string;
  /** The value after `key: `, or the whole entry without a key; without a trailing comment. */
  value: string;
  /** Column (0-based) where the value starts. */
  valueColumn: number;
}

const spaces = (n: number): Words => ({ zh: `${n} 个空格`, en: `${n} ${n === 1 ? 'space' : 'spaces'}` });
const indented = (n: number): Words => ({ zh: n === 0 ? '不缩进' : `缩进 ${n} 个空格`, en: n === 0 ? 'not indented' : `indented ${n} ${n === 1 ? 'space' : 'spaces'}` });

/** What a mis-indented line is to be aligned with. */
function siblingOf(kind: Kind, key: string | undefined, where: 'above' | 'below'): Words {
  const zh = where === 'above' ? '上面' : '下面';
  if (kind === 'seq') return { zh: `${zh}列表项的「-」`, en: `the "-" of the list items ${where}` };
  return key !== undefined ? { zh: `${zh}的「${key}」`, en: `${key} ${where}` } : { zh: '同一层的字段', en: 'the keys of its level' };
}

/** The most common step from a line that opens a block to the block's first line (2 when none is known). */
function indentUnit(steps: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const step of steps) counts.set(step, (counts.get(step) ?? 0) + 1);
  return [...counts].reduce<[number, number]>((best, entry) => (entry[1] > best[1] ? entry : best), [2, 0])[0];
}

/**
 * The first line from `first` to `last` (1-based, inclusive) of `lines` that breaks the layout of
 * a YAML document, or undefined when none does (or the text holds what this does not model).
 */
export function diagnoseLines(lines: readonly string[], first: number, last: number): LineProblem | undefined {
  let stack: Level[] = [];
  /** The previous line ended in `key:` or `-` (or the document starts): its block may start in any deeper column. */
  let opened: { column: number; kind: Kind } | undefined = ROOT;
  /** The previous line's plain value may go on in deeper lines without a key (its column). */
  let continuable: number | undefined;
  /** Inside a block scalar (`key: |`): the key's column and the column of its first line. */
  let block: { parent: number; column?: number; key: string } | undefined;
  /** How far each opened block was indented: the document's indentation step. */
  const steps: number[] = [];
  /** The last line read as a node, and the plain text it held without a key, if it did. */
  let previous = 0;
  let written: { line: number; column: number; value: string; dash: boolean } | undefined;
  const end = Math.min(last, lines.length);
  for (let n = first; n <= end; n++) {
    const text = lines[n - 1]!.replace(/\r$/, '');
    const lead = /^[ \t]*/.exec(text)![0];
    const content = text.slice(lead.length);
    if (content === '' || content.startsWith('#')) continue;
    const indent = lead.length;
    if (block) {
      if (indent > block.parent && !lead.includes('\t')) {
        block.column ??= indent;
        if (indent < block.column) return indentProblem(n, text, indent, { column: block.column }, { zh: `「${block.key}」的多行文字的第一行`, en: `the first line of the text of ${block.key}` });
        continue;
      }
      block = undefined;
    }
    if (lead.includes('\t')) return { messageId: 'tabIndent', data: {}, line: n, column: 1, endColumn: lead.length + 1 };
    if (indent === 0 && (/^(---|\.\.\.)(\s|$)/.test(content) || content.startsWith('%'))) {
      stack = [];
      opened = ROOT;
      continuable = undefined;
      continue;
    }
    if (/^[?&!*|>]/.test(content)) return undefined; // explicit keys, properties, aliases, scalars as the node: not modelled

    const dashes: number[] = [];
    let column = indent;
    let rest = content;
    for (let dash = /^-( +|$)/.exec(rest); dash; dash = /^-( +|$)/.exec(rest)) {
      dashes.push(column);
      column += dash[0].length;
      rest = rest.slice(dash[0].length);
    }
    if (/^[?&!]/.test(rest)) return undefined;

    // A line of text without a key, deeper than a plain value above it, goes on with that value.
    const entry = readEntry(rest, column);
    if (dashes.length === 0 && entry.key === undefined && !/^["'[{]/.test(rest)) {
      if (continuable !== undefined && indent > continuable) continue;
      if (!(opened && opened !== ROOT && indent > opened.column)) return keylessLine(n, text, indent, content);
    }

    const contentProblem = valueProblem(lines, n, text, entry, dashes.length > 0 ? dashes[dashes.length - 1]! : column);
    if (contentProblem) return contentProblem;

    // Indentation: the line's first node (a dash or a key) opens a block, or continues a level.
    const kind: Kind | undefined = dashes.length > 0 ? 'seq' : entry.key !== undefined ? 'map' : undefined;
    const opener = opened !== undefined && (indent > opened.column || (indent === opened.column && kind === 'seq' && opened.kind === 'map')) ? opened.column : undefined;
    opened = undefined;
    if (opener !== undefined && opener >= 0 && indent > opener) steps.push(indent - opener);
    if (opener === undefined) {
      if (kind === undefined) return undefined; // a value on a line of its own where no block was opened: left to the parser
      const match = [...stack].reverse().find((level) => level.column === indent && level.kind === kind);
      if (match) {
        stack = stack.slice(0, stack.lastIndexOf(match) + 1);
        match.count++;
      } else if (kind === 'seq' && stack.some((level) => level.column === indent && level.kind === 'map')) {
        return { messageId: 'listAmongKeys', data: {}, line: n, column: indent + 1, endColumn: text.length + 1 };
      } else {
        const candidates = stack.filter((level) => level.kind === kind);
        const nearest = (candidates.length > 0 ? candidates : stack).reduce<Level | undefined>(
          (best, level) => (!best || Math.abs(level.column - indent) <= Math.abs(best.column - indent) ? level : best),
          undefined,
        );
        // `- stage:审查` is a list item of text, so the keys under it stand out: the colon is the mistake
        // or a block's first line written without its colon, so the key after it has no level to join
        if (written && written.line === previous) {
          const text = lines[written.line - 1]!;
          const meant = written.dash ? colonProblem(written.line, text, written.column, written.value) : written.column === indent ? keylessLine(written.line, text, written.column, written.value) : undefined;
          if (meant) return meant;
        }
        if (!nearest) return undefined;
        return misplacedFirst(lines, nearest, indent, steps, siblingOf(kind, entry.key, 'below')) ?? indentProblem(n, text, indent, nearest, siblingOf(nearest.kind, nearest.key, 'above'));
      }
    }

    const started = { line: n, first: indent, opener, count: 1 };
    for (const dash of dashes) {
      const top = stack[stack.length - 1];
      if (!(top && top.column === dash && top.kind === 'seq')) stack.push({ column: dash, kind: 'seq', ...started });
    }
    const lastColumn = dashes.length > 0 ? dashes[dashes.length - 1]! : indent;
    continuable = undefined;
    written = entry.key === undefined && /^[^"'[{|>]/.test(entry.value) ? { line: n, column: entry.valueColumn, value: entry.value, dash: dashes.length > 0 } : undefined;
    previous = n;
    if (entry.key !== undefined) {
      const top = stack[stack.length - 1];
      if (top && top.column === column && top.kind === 'map') top.key = entry.key;
      else stack.push({ column, kind: 'map', key: entry.key, ...started });
      if (entry.value === '') opened = { column, kind: 'map' };
      else if (/^[|>]/.test(entry.value)) block = { parent: column, key: entry.key };
      else if (!/^["'[{]/.test(entry.value)) continuable = column;
    } else if (entry.value === '') {
      opened = { column: lastColumn, kind: 'seq' };
    } else if (/^[|>]/.test(entry.value)) block = { parent: lastColumn, key: '-' };
    else if (!/^["'[{]/.test(entry.value)) continuable = lastColumn;
    // a quoted or flow value running over lines: skip to where it closes
    n = closingLine(lines, n, entry, lastColumn) ?? n;
  }
  return undefined;
}

/**
 * When the level a line fails to meet was started by one line only, that line may be the odd
 * one: the first key of a document or of a list item indented unlike the document's step, with
 * the line below written as the step would have it. Then that first line is the one to edit.
 */
function misplacedFirst(lines: readonly string[], level: Level, indent: number, steps: readonly number[], below: Words): LineProblem | undefined {
  if (level.count !== 1 || level.opener === undefined || level.first === level.opener) return undefined;
  // the step of the document, not counting the level's own (the one in question)
  const others = [...steps];
  others.splice(others.lastIndexOf(level.first - level.opener), 1);
  const expected = level.opener < 0 ? 0 : level.opener + indentUnit(others);
  const shift = expected - level.first;
  if (shift === 0 || level.column + shift !== indent) return undefined;
  return indentProblem(level.line, lines[level.line - 1]!.replace(/\r$/, ''), level.first, { column: expected }, below);
}

function indentProblem(n: number, text: string, indent: number, level: Pick<Level, 'column'>, sibling: Words): LineProblem {
  const more = indent > level.column;
  return {
    messageId: more ? 'indentMore' : 'indentLess',
    data: { spaces: spaces(Math.abs(indent - level.column)), expected: indented(level.column), sibling },
    line: n,
    column: 1,
    endColumn: text.length + 1,
  };
}

/** Text meant as `key: value` with a full-width colon or none of the space after it. */
function colonProblem(n: number, text: string, column: number, content: string): LineProblem | undefined {
  const at = { line: n, column: column + 1, endColumn: text.length + 1 };
  const fullWidth = /^([^：\s]+)\s*：\s*(.*)$/.exec(content);
  if (fullWidth) return { messageId: 'fullWidthColon', data: { fix: `${fullWidth[1]}: ${fullWidth[2]}` }, ...at };
  const glued = /^([A-Za-z_][\w.-]*):(\S.*)$/.exec(content);
  if (glued) return { messageId: 'colonSpace', data: { fix: `${glued[1]}: ${glued[2]}` }, ...at };
  return undefined;
}

/** A line with text but no `key: ` where a key belongs: a colon missing, full-width or without its space. */
function keylessLine(n: number, text: string, indent: number, content: string): LineProblem {
  const words = /^(\S+)\s+(.+)$/.exec(content);
  return colonProblem(n, text, indent, content) ?? { messageId: 'missingColon', data: { fix: words ? `${words[1]}: ${words[2]}` : `${content}: …` }, line: n, column: indent + 1, endColumn: text.length + 1 };
}

/** Splits `key: value` (plain or quoted key), dropping a trailing comment of a plain value. */
function readEntry(rest: string, column: number): Entry {
  const quotedKey = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')\s*:(?:\s+|$)/.exec(rest);
  const plainKey = quotedKey ? undefined : /^([^"'[{#\s][^#]*?)\s*:(?:[ \t]+|$)/.exec(rest);
  const keyMatch = quotedKey ?? plainKey;
  if (!keyMatch) return { value: stripComment(rest), valueColumn: column };
  const key = quotedKey ? keyMatch[1]!.slice(1, -1) : keyMatch[1]!;
  return { key, value: stripComment(rest.slice(keyMatch[0].length)), valueColumn: column + keyMatch[0].length };
}

/** A plain value ends where ` #` starts a comment; quoted and flow values are kept whole. */
function stripComment(value: string): string {
  return /^["'[{]/.test(value) ? value.trimEnd() : value.replace(/(^|\s+)#.*$/, '').trimEnd();
}

/** What is wrong with the value on a line: quotes, brackets, reserved characters, a colon inside. */
function valueProblem(lines: readonly string[], n: number, text: string, entry: Entry, parent: number): LineProblem | undefined {
  const { value, valueColumn } = entry;
  const at = { line: n, column: valueColumn + 1, endColumn: text.length + 1 };
  if (value === '') return undefined;
  const quote = value[0];
  if (quote === '"' || quote === "'") {
    const close = quoteEnd(value, 0);
    if (close < 0) return closingLine(lines, n, entry, parent) === undefined ? { messageId: 'unclosedQuote', data: { quote: quote! }, ...at } : undefined;
    const after = value.slice(close).replace(/\s+#.*$/, '').trim();
    if (after !== '') return { messageId: 'textAfterQuote', data: {}, ...at };
    return undefined;
  }
  if (quote === '[' || quote === '{') {
    const close = flowEnd(value);
    if (close < 0) return closingLine(lines, n, entry, parent) === undefined ? { messageId: 'unclosedBracket', data: { open: quote, close: quote === '[' ? ']' : '}' }, ...at } : undefined;
    const after = value.slice(close).replace(/\s+#.*$/, '').trim();
    if (after.startsWith(']') || after.startsWith('}')) return { messageId: 'extraBracket', data: { token: after[0]!, open: after[0] === ']' ? '[' : '{' }, ...at };
    return undefined;
  }
  const reserved = /^[@`%]/.exec(value);
  if (reserved) return { messageId: 'reservedStart', data: { char: reserved[0], fix: `${entry.key !== undefined ? `${entry.key}: ` : '- '}${quoted(value)}` }, ...at };
  if (entry.key !== undefined && /:(\s|$)/.test(value)) return { messageId: 'valueColon', data: { fix: `${entry.key}: ${quoted(value)}` }, ...at };
  return undefined;
}

const quoted = (value: string) => (value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`);

/** The index just past the quote that closes the quoted scalar starting at `start`, or -1. */
function quoteEnd(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

/** The index just past the bracket that closes the flow collection the text starts with, or -1. */
function flowEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = quoteEnd(text, i);
      if (close < 0) return -1;
      i = close - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * Where a quoted or flow value that is not closed on its own line closes, on the deeper lines
 * below it (how YAML lets such a value run on); undefined when it never does.
 */
function closingLine(lines: readonly string[], n: number, entry: Entry, parent: number): number | undefined {
  const opener = entry.value[0];
  if (opener !== '"' && opener !== "'" && opener !== '[' && opener !== '{') return undefined;
  let joined = entry.value;
  const ends = () => (opener === '[' || opener === '{' ? flowEnd(joined) : quoteEnd(joined, 0)) >= 0;
  if (ends()) return undefined;
  for (let m = n + 1; m <= lines.length; m++) {
    const line = lines[m - 1]!.replace(/\r$/, '');
    if (line.trim() !== '' && /^ */.exec(line)![0].length <= parent) return undefined;
    joined += `\n${line}`;
    if (ends()) return m;
  }
  return undefined;
}
