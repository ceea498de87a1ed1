import { charWidth, displayWidth } from '../util/display-width.js';

/*
 * Catalogue text (values, keys, file names) reaches terminals and CI logs through the text
 * formatters. There it must not act: a line break would let it start a line of its own — and a
 * line that starts (after blanks) with `::` or `##[` is a GitHub Actions workflow command — and
 * ESC opens terminal sequences (clear screen, OSC 8 links, OSC 52 clipboard writes), while bidi
 * overrides reorder what the reader sees. Every text formatter passes catalogue text through
 * `visible`, and starts a line with catalogue text only where `startsSafely` allows it.
 */

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators, and the bidi embeddings,
 * overrides and isolates (U+202A–202E, U+2066–2069).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The text with every unsafe character written as its escape, as a YAML double-quoted string
 * would spell it (`\n`, `\t`, `\u001b`, `\u202e`): shown, never obeyed. CJK text is untouched.
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Whether text may begin a line of output: not with a blank (CI runners trim them before looking
 * for a command) nor with ASCII punctuation (`::`, `##[`, `---` and the like are what CI systems
 * read as commands or markers). Letters, digits, CJK text, and `.`, `/`, `_`, `(`, `"`, `'` may.
 */
export function startsSafely(text: string): boolean {
  const first = text.codePointAt(0);
  return first === undefined || safeFirst(first);
}

const SAFE_ASCII_PUNCTUATION = new Set([...'./_("\''].map((c) => c.charCodeAt(0)));

function safeFirst(cp: number): boolean {
  if (cp > 0x7f) return !/^[\s\p{Cf}]/u.test(String.fromCodePoint(cp));
  return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || SAFE_ASCII_PUNCTUATION.has(cp);
}

/** A path (relative or absolute) that may stand at the start of a line: `./` before one that may not. */
export function pathAtLineStart(path: string): string {
  const shown = visible(path);
  return startsSafely(shown) ? shown : `./${shown}`;
}

/** Closing punctuation a line of Chinese text should not begin with, and opening punctuation it should not end with. */
const NO_LINE_START = new Set([...'，。、；：？！）」』】》〉’”…—～'].map((c) => c.codePointAt(0)!));
const NO_LINE_END = new Set([...'（「『【《〈‘“'].map((c) => c.codePointAt(0)!));

const SPACE = 0x20;

/**
 * Greedy wrapping of one-line text to `width` columns (CJK characters take two). Lines break at
 * spaces (which are dropped there) or between two characters of which one is wide, and never
 * where the next line would begin unsafely (see `startsSafely`), begin with closing punctuation
 * or end with opening punctuation; a run with no such place overflows the width rather than
 * break there.
 */
export function wrap(text: string, width: number): string[] {
  if (displayWidth(text) <= width) return [text];
  const points: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    points.push(cp);
    offsets.push(i);
    if (cp > 0xffff) i++;
  }
  offsets.push(text.length);
  const widths = points.map(charWidth);
  const resume = breaks(points, widths);
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    let used = 0;
    let end = points.length;
    let best = -1;
    for (let i = start; i < points.length; i++) {
      if (i > start && resume[i]! >= 0) best = i;
      if (used + widths[i]! > width && best >= 0) {
        end = best;
        break;
      }
      used += widths[i]!;
    }
    lines.push(text.slice(offsets[start], offsets[end]).replace(/ +$/, ''));
    if (end >= points.length) return lines;
    start = resume[end]!;
  }
}

/**
 * For each code point, where the next line starts if a line ends just before it — after the
 * spaces there, or right there between wide characters — or -1 where no line may end, because
 * the next would begin with something that must not begin a line.
 */
function breaks(points: readonly number[], widths: readonly number[]): Int32Array {
  const resume = new Int32Array(points.length).fill(-1);
  let afterSpaces = points.length;
  for (let i = points.length - 1; i > 0; i--) {
    if (points[i] !== SPACE) afterSpaces = i;
    if (points[i - 1] === SPACE || NO_LINE_END.has(points[i - 1]!)) continue;
    const next = points[i] === SPACE ? afterSpaces : widths[i - 1] === 2 || widths[i] === 2 ? i : -1;
    if (next < 0 || next >= points.length) continue;
    const first = points[next]!;
    if (safeFirst(first) && !NO_LINE_START.has(first)) resume[i] = next;
  }
  return resume;
}
