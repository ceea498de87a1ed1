import { resolvePlainScalar } from './fast-parse.js';

/*
 * A parser for the plain block YAML that catalogues are written in: block mappings and sequences,
 * one-line plain and quoted scalars, one-line flow collections, comments and `---` between
 * documents. It leans on the engine's string search (indexOf, slice) instead of reading char by
 * char, which makes it several times faster than js-yaml on such files. Anything else — block
 * scalars, multi-line scalars, anchors, tags, escapes, tabs, CR, duplicate or non-string keys,
 * empty documents — it does not try to read: it gives up, and js-yaml (or the reference parser)
 * reads the file. test/parsers-agree.test.ts holds it to the same results as both.
 */

/** Collections inside collections, block and flow each: a catalogue's go about six deep. */
const MAX_DEPTH = 64;

/** Thrown to give up; caught once, in blockParse. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp();

/** Characters that make the file not plain: backslash (escapes), tab, CR (but in CRLF), controls, C1, NEL, line/paragraph separators, surrogates, BOM, non-characters. */
const NOT_PLAIN = /[\\\t\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

const enum C {
  Newline = 0x0a, Space = 0x20, Double = 0x22, Hash = 0x23, Single = 0x27, Plus = 0x2b, Comma = 0x2c, Dash = 0x2d,
  Dot = 0x2e, Zero = 0x30, Nine = 0x39, Colon = 0x3a, Pipe = 0x7c, OpenBracket = 0x5b, CloseBracket = 0x5d, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

/** First characters of a plain scalar that make it something else (or that js-yaml and YAML 1.2 might read apart). */
const INDICATOR = new Set([...'[]{},#&*!|>\'"%@`?:-'].map((c) => c.charCodeAt(0)));

/**
 * The documents' values, or undefined when the text is not plain block YAML (or not valid). A
 * file saved with CRLF line ends is read as with LF: YAML reads every line break in a value as
 * LF, and only values come from here (positions come from the file's own text).
 */
export function blockParse(text: string): unknown[] | undefined {
  const lf = text.includes('\r\n') ? text.replaceAll('\r\n', '\n') : text;
  if (NOT_PLAIN.test(lf)) return undefined;
  try {
    return new BlockParser(lf).documents();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class BlockParser {
  /** Start of the current line; its indentation and where its content starts (after the indentation). */
  private line = 0;
  private indent = 0;
  private content = 0;
  private end = 0;
  /** The current line is a `---` between documents, or the text has ended. */
  private atBoundary = false;

  constructor(private readonly text: string) {}

  documents(): unknown[] {
    const documents: unknown[] = [];
    this.seek(0);
    if (this.atBoundary && this.line < this.text.length) this.seek(this.end + 1); // an opening `---`
    for (;;) {
      if (this.atBoundary) throw GIVE_UP; // an empty document
      documents.push(this.node());
      if (!this.atBoundary) throw GIVE_UP; // content left over at a lower indentation
      if (this.line >= this.text.length) return documents;
      this.seek(this.end + 1);
    }
  }

  /** Moves to the first line from `from` with content (not blank, not only a comment). */
  private seek(from: number): void {
    const text = this.text;
    let at = from;
    for (;;) {
      if (at >= text.length) {
        this.line = this.content = this.end = text.length;
        this.indent = -1;
        this.atBoundary = true;
        return;
      }
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      const content = spacesEnd(text, at, end);
      if (content < end && text.charCodeAt(content) !== C.Hash) {
        this.line = at;
        this.content = content;
        this.end = end;
        this.indent = content - at;
        this.atBoundary = false;
        if (content === at && this.startsMarker(at)) {
          if (text.charCodeAt(at) === C.Dot || !this.blankFrom(at + 3)) throw GIVE_UP; // `...`, or content after `---`
          this.atBoundary = true;
          this.indent = -1;
        }
        return;
      }
      at = end + 1;
    }
  }

  private startsMarker(at: number): boolean {
    const text = this.text;
    const c = text.charCodeAt(at);
    if ((c !== C.Dash && c !== C.Dot) || text.charCodeAt(at + 1) !== c || text.charCodeAt(at + 2) !== c) return false;
    const next = text.charCodeAt(at + 3);
    return next === C.Space || next === C.Newline || Number.isNaN(next);
  }

  /** Whether nothing but spaces and a comment follows `from` on the current line. */
  private blankFrom(from: number): boolean {
    const text = this.text;
    const at = spacesEnd(text, from, this.end);
    return at === this.end || (text.charCodeAt(at) === C.Hash && at > from);
  }

  /** The block node whose first line is the current one (more indented than its parent). */
  private node(): unknown {
    if (this.isSequenceEntry(this.content)) return this.sequence(this.indent);
    return this.mapping(this.indent, this.content);
  }

  private isSequenceEntry(at: number): boolean {
    if (this.text.charCodeAt(at) !== C.Dash) return false;
    const next = this.text.charCodeAt(at + 1);
    return next === C.Space || at + 1 === this.end;
  }

  private sequence(indent: number): unknown[] {
    this.deeper();
    const items: unknown[] = [];
    while (!this.atBoundary && this.indent === indent && this.isSequenceEntry(this.content)) {
      const at = spacesEnd(this.text, this.content + 1, this.end);
      if (at === this.end || this.text.charCodeAt(at) === C.Hash) {
        this.seek(this.end + 1);
        items.push(this.nested(indent, false));
      } else if (this.isSequenceEntry(at)) {
        throw GIVE_UP; // `- - a`
      } else {
        const c = this.text.charCodeAt(at);
        const flow = c === C.OpenBracket || c === C.OpenBrace;
        if (!flow && this.keyEnd(at) >= 0) items.push(this.mapping(at - this.line, at));
        else items.push(this.lastValue(at, indent));
      }
    }
    if (!this.atBoundary && this.indent > indent) throw GIVE_UP;
    this.depth--;
    return items;
  }

  private depth = 0;

  /** One level deeper; catalogues never nest deep, and the reference parser reports nesting that is too deep. */
  private deeper(): void {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
  }

  /**
   * A block mapping whose first key starts at `first` on the current line, at column `indent`
   * (for a mapping inside a sequence entry, the line's own indentation is the dash's).
   */
  private mapping(indent: number, first: number): Record<string, unknown> {
    this.deeper();
    const map: Record<string, unknown> = {};
    let at = first;
    for (;;) {
      const key = this.key(at);
      if (Object.hasOwn(map, key)) throw GIVE_UP;
      const value = spacesEnd(this.text, this.colonEnd + 1, this.end);
      if (value === this.end || this.text.charCodeAt(value) === C.Hash) {
        this.seek(this.end + 1);
        map[key] = this.nested(indent, true);
      } else {
        map[key] = this.lastValue(value, indent);
      }
      if (this.atBoundary || this.indent < indent) {
        this.depth--;
        return map;
      }
      if (this.indent > indent) throw GIVE_UP;
      at = this.content;
      if (this.isSequenceEntry(at)) throw GIVE_UP; // a sequence entry among keys
    }
  }

  /** The value on the lines after a key or dash with nothing after it: a more indented node, a sequence at the key's column, or null. */
  private nested(indent: number, ofKey: boolean): unknown {
    if (this.atBoundary) return null;
    if (this.indent > indent) return this.node();
    if (ofKey && this.indent === indent && this.isSequenceEntry(this.content)) return this.sequence(indent);
    return null;
  }

  private colonEnd = 0;
  /** The next `:` and ` #` at or after where they were last looked for: each search starts past the last, so a file is searched once. */
  private colonAt = -1;
  private commentAt = -1;

  private nextColon(from: number): number {
    if (this.colonAt < from) this.colonAt = indexOrEnd(this.text, ':', from);
    return this.colonAt;
  }

  private nextComment(from: number): number {
    if (this.commentAt < from) this.commentAt = indexOrEnd(this.text, ' #', from);
    return this.commentAt;
  }

  /** Where the key starting at `at` ends (before `: ` or a colon ending the line), or -1 when the line is no key. */
  private keyEnd(at: number): number {
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === C.Double || c === C.Single) {
      const close = this.quoteEnd(at);
      const colon = spacesEnd(text, close + 1, this.end);
      if (text.charCodeAt(colon) !== C.Colon) return -1;
      this.colonEnd = colon;
      this.requireColonEnd(colon);
      return close + 1;
    }
    let colon = at;
    for (;;) {
      colon = this.nextColon(colon);
      if (colon >= this.end) return -1;
      const next = text.charCodeAt(colon + 1);
      if (next === C.Space || colon + 1 === this.end) break;
      colon++;
    }
    this.colonEnd = colon;
    return colon;
  }

  private requireColonEnd(colon: number): void {
    const next = this.text.charCodeAt(colon + 1);
    if (next !== C.Space && colon + 1 !== this.end) throw GIVE_UP;
  }

  /** The key at `at` (plain or quoted), a string; sets colonEnd to its colon. */
  private key(at: number): string {
    const end = this.keyEnd(at);
    if (end < 0) throw GIVE_UP; // a scalar where a key belongs: a multi-line scalar, or an error
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === C.Double || c === C.Single) return notSpecial(this.quoted(at));
    let last = end;
    while (last > at && text.charCodeAt(last - 1) === C.Space) last--;
    const raw = text.slice(at, last);
    if (INDICATOR.has(c) || raw.includes(' #')) throw GIVE_UP;
    if (typeof resolvePlainScalar(raw) !== 'string') throw GIVE_UP; // js-yaml would make a number or null a string key
    return notSpecial(raw);
  }

  /** A value starting at `at` on the current line, the last thing on it; moves to the next line with content. */
  private lastValue(at: number, indent: number): unknown {
    const text = this.text;
    const c = text.charCodeAt(at);
    let value: unknown;
    let after: number;
    if (c === C.Pipe) {
      value = this.literal(at, indent);
      after = -1;
    } else if (c === C.Double || c === C.Single) {
      after = this.quoteEnd(at) + 1;
      value = this.quoted(at);
    } else if (c === C.OpenBracket || c === C.OpenBrace) {
      const flow = new FlowReader(text, at, this.end);
      value = flow.collection();
      after = flow.at;
    } else {
      const end = Math.min(this.nextComment(at), this.end);
      let last = end;
      while (last > at && text.charCodeAt(last - 1) === C.Space) last--;
      const raw = text.slice(at, last);
      if (INDICATOR.has(c) && c !== C.Dash) throw GIVE_UP;
      if (c === C.Dash && (raw.length === 1 || text.charCodeAt(at + 1) === C.Space)) throw GIVE_UP;
      if (raw.includes(': ') || raw.endsWith(':')) throw GIVE_UP; // a key in value position: an error
      value = resolvePlainScalar(raw);
      after = last;
    }
    if (after >= 0) {
      if (!this.blankFrom(after)) throw GIVE_UP;
      this.seek(this.end + 1);
    }
    // A more indented line after a value would continue a plain scalar, or be an error.
    if (!this.atBoundary && this.indent > indent) throw GIVE_UP;
    return value;
  }

  /**
   * A literal block scalar (`|` or `|-`) whose header is at `at`, more indented than `indent`;
   * moves to the first line after it. Gives up on keep chomping (`|+`), an indentation indicator,
   * leading blank lines, a blank line with more spaces than the text's indentation, and a last line
   * without a line break — the corners where parsers are most likely to differ.
   */
  private literal(at: number, indent: number): string {
    const text = this.text;
    let header = at + 1;
    const chomping = text.charCodeAt(header);
    if (chomping === C.Dash) header++;
    else if (chomping === C.Plus || (chomping >= C.Zero && chomping <= C.Nine)) throw GIVE_UP;
    if (!this.blankFrom(header)) throw GIVE_UP;
    const lines: string[] = [];
    let width = -1;
    let start = this.end + 1;
    while (start < text.length) {
      const end = text.indexOf('\n', start);
      if (end < 0) throw GIVE_UP;
      const content = spacesEnd(text, start, end);
      if (content === end) {
        if (width < 0 || content - start > width) throw GIVE_UP;
        lines.push('');
      } else {
        if (width < 0) {
          if (content - start <= indent) throw GIVE_UP;
          width = content - start;
        }
        if (content - start < width) break;
        lines.push(text.slice(start + width, end));
      }
      start = end + 1;
    }
    while (lines.at(-1) === '') lines.pop();
    if (lines.length === 0) throw GIVE_UP;
    this.seek(start);
    return lines.join('\n') + (chomping === C.Dash ? '' : '\n');
  }

  private quoteEnd(at: number): number {
    return quoteEnd(this.text, at, this.end);
  }

  private quoted(at: number): string {
    return quotedValue(this.text, at, this.quoteEnd(at));
  }
}

/** Where the quoted scalar starting at `at` closes, on the same line; gives up on multi-line scalars. */
function quoteEnd(text: string, at: number, lineEnd: number): number {
  const quote = text.charCodeAt(at);
  let close = at;
  for (;;) {
    close = text.indexOf(quote === C.Double ? '"' : "'", close + 1);
    if (close < 0 || close >= lineEnd) throw GIVE_UP;
    if (quote === C.Single && text.charCodeAt(close + 1) === C.Single) {
      close++;
      continue;
    }
    return close;
  }
}

/** Where the spaces from `from` end, at `end` at the latest. */
function spacesEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end && text.charCodeAt(at) === C.Space) at++;
  return at;
}

function indexOrEnd(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? text.length : at;
}

/** Keys js-yaml treats apart (a merge, the prototype) are left to it. */
function notSpecial(key: string): string {
  if (key === '<<' || key === '__proto__') throw GIVE_UP;
  return key;
}

function quotedValue(text: string, at: number, close: number): string {
  const inner = text.slice(at + 1, close);
  return text.charCodeAt(at) === C.Single && inner.includes("''") ? inner.replaceAll("''", "'") : inner;
}

/** A one-line flow collection: `{value: 90, unit: day}`, `[a, b]`. */
class FlowReader {
  constructor(
    private readonly text: string,
    public at: number,
    private readonly end: number,
  ) {}

  private depth = 0;

  collection(): unknown {
    if (++this.depth > MAX_DEPTH) throw GIVE_UP;
    const open = this.text.charCodeAt(this.at);
    this.at++;
    const value = open === C.OpenBracket ? this.sequence() : this.mapping();
    this.depth--;
    return value;
  }

  private sequence(): unknown[] {
    const items: unknown[] = [];
    this.spaces();
    if (this.text.charCodeAt(this.at) === C.CloseBracket) {
      this.at++;
      return items;
    }
    for (;;) {
      items.push(this.value());
      if (this.separator(C.CloseBracket)) return items;
    }
  }

  private mapping(): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.spaces();
    if (this.text.charCodeAt(this.at) === C.CloseBrace) {
      this.at++;
      return map;
    }
    for (;;) {
      const key = this.value();
      if (typeof key !== 'string' || Object.hasOwn(map, notSpecial(key))) throw GIVE_UP;
      if (this.text.charCodeAt(this.at) !== C.Colon || this.text.charCodeAt(this.at + 1) !== C.Space) throw GIVE_UP;
      this.at += 2;
      this.spaces();
      map[key] = this.value();
      if (this.separator(C.CloseBrace)) return map;
    }
  }

  /** After an entry: `,` and more, or the closing bracket (true). */
  private separator(close: number): boolean {
    this.spaces();
    const c = this.text.charCodeAt(this.at);
    this.at++;
    if (c === close) return true;
    if (c !== C.Comma) throw GIVE_UP;
    this.spaces();
    const next = this.text.charCodeAt(this.at);
    if (next === C.CloseBracket || next === C.CloseBrace || next === C.Comma) throw GIVE_UP; // a trailing or empty entry
    return false;
  }

  private value(): unknown {
    const text = this.text;
    const c = text.charCodeAt(this.at);
    if (c === C.OpenBracket || c === C.OpenBrace) return this.collection();
    if (c === C.Double || c === C.Single) {
      const close = quoteEnd(text, this.at, this.end);
      const value = quotedValue(text, this.at, close);
      this.at = close + 1;
      return value;
    }
    if (INDICATOR.has(c) && c !== C.Dash) throw GIVE_UP;
    let at = this.at;
    while (at < this.end) {
      const d = text.charCodeAt(at);
      if (d === C.Comma || d === C.CloseBracket || d === C.CloseBrace || d === C.OpenBracket || d === C.OpenBrace) break;
      if (d === C.Colon) {
        const next = text.charCodeAt(at + 1);
        if (next === C.Space) break;
        throw GIVE_UP; // a colon inside a flow scalar: left to the parsers that know its rules
      }
      if (d === C.Hash || d === C.Double || d === C.Single) throw GIVE_UP;
      at++;
    }
    let last = at;
    while (last > this.at && text.charCodeAt(last - 1) === C.Space) last--;
    if (last === this.at) throw GIVE_UP; // an empty entry
    const raw = text.slice(this.at, last);
    if (c === C.Dash && (raw.length === 1 || text.charCodeAt(this.at + 1) === C.Space)) throw GIVE_UP;
    this.at = at;
    return resolvePlainScalar(raw);
  }

  private spaces(): void {
    this.at = spacesEnd(this.text, this.at, this.end);
  }
}
