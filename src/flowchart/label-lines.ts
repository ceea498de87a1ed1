/*
 * Breaking a label into lines the way Chinese is set: between words, never inside one (a word
 * segmenter says where words are), punctuation kept with its word, no line starting with a closing
 * mark (，。、；：）》” …) or ending with an opening one (（《“), a number kept with what follows it
 * (`15日`), a negation with what it negates (`不符合`), and a no-break space never broken. Widths are the CJK font's own, measured in the
 * browser that draws the chart; lines are then evened out so a box is no wider than it must be.
 */

import { unbrokenLines, type ChartPlan, type NodeLines } from './chart-plan.js';
import { LINE_WIDTH } from './chart-style.js';

/** Splits text into words and the runs between them (punctuation, spaces), in order, losing nothing. */
export type WordSegmenter = (text: string) => readonly string[];
/** The advance width of one grapheme in the label font, in CSS px. */
export type GraphemeWidth = (grapheme: string) => number;

const graphemeSegmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });
export const graphemesOf = (text: string): string[] => [...graphemeSegmenter.segment(text)].map((s) => s.segment);

/** Never at the start of a line. */
const CLOSING = /^[\p{Pe}\p{Pf}，。、；：！？,.;:!?%％…‥〜～]/u;
/** Never at the end of a line. */
const OPENING = /[\p{Ps}\p{Pi}]$/u;
/** Never at either end: joins the words on both sides (a middle dot in a name, a hyphen in a phone number, a dash, a no-break space). */
const JOINER = /^[·・\-‐–—―\u00a0\u2060\u202f]+$/u;
const BREAKING_SPACE = /^[^\S\u00a0\u202f]+$/u;
const DIGITS = /^[0-9０-９.]+$/u;
/** A negation binds to the word it negates (不|符合, 未|取得): never left at a line's end. */
const NEGATION = /^[不未非无没]$/u;

/** Unbreakable pieces of a line, each with the spaces after it (where a line may break). */
export function lineUnits(text: string, segment: WordSegmenter): string[] {
  const units: string[] = [];
  let glueNext = false;
  let previous = '';
  for (const token of segment(text)) {
    if (BREAKING_SPACE.test(token)) {
      if (units.length > 0) units[units.length - 1] += token;
      glueNext = false;
    } else {
      const joiner = JOINER.test(token);
      const attach = units.length > 0 && (glueNext || joiner || CLOSING.test(token) || (DIGITS.test(previous) && !/\s$/u.test(units.at(-1)!)));
      if (attach) units[units.length - 1] += token;
      else units.push(token);
      glueNext = joiner || OPENING.test(token) || NEGATION.test(token);
    }
    previous = token;
  }
  return units;
}

/** Greedy lines no wider than `max` (a unit wider than a line alone is broken between graphemes, closing marks kept). */
function fill(units: readonly string[], max: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const close = () => {
    if (line.trimEnd() !== '') lines.push(line.trimEnd());
    line = '';
    lineWidth = 0;
  };
  for (const unit of units) {
    const visible = unit.trimEnd();
    if (line !== '' && lineWidth + width(visible) > max) close();
    if (line === '' && width(visible) > max) {
      for (const grapheme of graphemesOf(visible)) {
        if (line !== '' && lineWidth + width(grapheme) > max && !CLOSING.test(grapheme) && !OPENING.test(line) && !JOINER.test(grapheme)) close();
        line += grapheme;
        lineWidth += width(grapheme);
      }
      line += unit.slice(visible.length);
      lineWidth += width(unit.slice(visible.length));
      continue;
    }
    line += unit;
    lineWidth += width(unit);
  }
  close();
  return lines;
}

/**
 * The lines of one label no wider than `maxWidth`, as even as the same number of lines allows
 * (`不要求听证（或不属于听证 / 范围）` becomes `不要求听证 / （或不属于听证范围）`).
 */
export function breakLabel(text: string, maxWidth: number, segment: WordSegmenter, widthOf: GraphemeWidth): string[] {
  const width = (s: string) => graphemesOf(s).reduce((sum, g) => sum + widthOf(g), 0);
  if (width(text) <= maxWidth) return text === '' ? [] : [text];
  const units = lineUnits(text, segment);
  const lines = fill(units, maxWidth, width);
  // The narrowest width that still gives as many lines, breaking no more words: a binary search over whole pixels.
  const widest = Math.max(0, ...units.map((u) => width(u.trimEnd())).filter((w) => w <= maxWidth));
  let low = Math.max(Math.floor(maxWidth / lines.length), Math.ceil(widest));
  let high = maxWidth;
  let best = lines;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const tried = fill(units, middle, width);
    if (tried.length <= lines.length && Math.max(...tried.map(width)) <= middle) {
      best = tried;
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return best;
}

/** Every node's lines, broken to fit: a name to its width, details on one line when they fit, else one fact at a time. */
export function planLines(plan: ChartPlan, segment: WordSegmenter, widthOf: GraphemeWidth): Map<string, NodeLines> {
  const width = (s: string) => graphemesOf(s).reduce((sum, g) => sum + widthOf(g), 0);
  const lines = new Map<string, NodeLines>();
  for (const node of plan.nodes) {
    const max = node.kind === 'branch' ? LINE_WIDTH.branch : LINE_WIDTH.step;
    const unbroken = unbrokenLines(node);
    const details = unbroken.details.every((line) => width(line) <= max) ? unbroken.details : node.details.flatMap((d) => breakLabel(d, max, segment, widthOf));
    lines.set(node.id, { ...unbroken, name: breakLabel(node.name, max, segment, widthOf), details });
  }
  return lines;
}
