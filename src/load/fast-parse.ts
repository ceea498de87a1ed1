import type { Schema } from 'js-yaml';
import { onDemand } from '../util/on-demand.js';

/*
 * js-yaml parses an order of magnitude faster than `yaml` but keeps no positions, has no alias
 * cap and resolves some scalars differently. It is only used where it is known to agree with
 * `yaml` (the reference parser): plain scalars resolved exactly as YAML 1.2 core does, and files
 * without anchors, aliases, tags, directives or complex keys. test/parsers-agree.test.ts holds
 * the two parsers to that.
 */

/** js-yaml asks every implicit type about every plain scalar; most are text, answered by one char. */
function startsNumeric(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; // 0-9 + - .
}

const isCoreInt = (s: string) => startsNumeric(s) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s);
const coreInt = (s: string) =>
  s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10);

const isCoreFloat = (s: string) =>
  startsNumeric(s) &&
  (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(s) ||
    /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(s) ||
    /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(s));
const coreFloat = (s: string) => {
  if (/nan$/i.test(s)) return NaN;
  if (/inf$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  return parseFloat(s);
};

/** YAML 1.2 core's null and bool words: the only plain scalars that are neither text nor numbers. */
const KEYWORDS = new Map<string, null | boolean>([
  ['~', null], ['null', null], ['Null', null], ['NULL', null],
  ['true', true], ['True', true], ['TRUE', true], ['false', false], ['False', false], ['FALSE', false],
]);

/**
 * A plain scalar's value as YAML 1.2 core resolves it, in the order js-yaml tries the types:
 * null, bool, int, float, else text. block-parse.ts resolves with it, js-yaml with the same types.
 */
export function resolvePlainScalar(s: string): unknown {
  if (s.length <= 5) {
    const keyword = KEYWORDS.get(s);
    if (keyword !== undefined) return keyword;
  }
  if (isCoreInt(s)) return coreInt(s);
  if (isCoreFloat(s)) return coreFloat(s);
  return s;
}

/** The block parser (block-parse.ts) reads most files: js-yaml is loaded for the first file it leaves. */
const jsyaml = onDemand<typeof import('js-yaml')>('js-yaml');
let core12: Schema | undefined;

/** js-yaml's schema of YAML 1.2 core's scalars, resolved as resolvePlainScalar resolves them. */
function core12Schema(): Schema {
  if (core12) return core12;
  const { FAILSAFE_SCHEMA, Type } = jsyaml();
  const scalar = (tag: string, resolve: (s: string) => boolean, construct: (s: string) => unknown) =>
    // js-yaml asks `resolve` with null for an empty node, which is null.
    new Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => (s === null ? tag === 'null' : resolve(s)), construct });
  core12 = FAILSAFE_SCHEMA.extend({
    implicit: [
      scalar('null', (s) => KEYWORDS.get(s) === null, () => null),
      scalar('bool', (s) => typeof KEYWORDS.get(s) === 'boolean', (s) => KEYWORDS.get(s)),
      scalar('int', isCoreInt, coreInt),
      scalar('float', isCoreFloat, coreFloat),
    ],
  });
  return core12;
}

const enum Char {
  Tab = 0x09, Newline = 0x0a, Return = 0x0d, Space = 0x20, Bang = 0x21, Double = 0x22, Hash = 0x23, Percent = 0x25,
  Ampersand = 0x26, Single = 0x27, Star = 0x2a, Comma = 0x2c, Dash = 0x2d, Colon = 0x3a, Question = 0x3f,
  OpenBracket = 0x5b, Backslash = 0x5c, CloseBracket = 0x5d, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

const isBlank = (c: number) => c === Char.Space || c === Char.Tab || c === Char.Newline || c === Char.Return || Number.isNaN(c);

/** Where an anchor (&), alias (*) or tag (!) can begin: after a line start, blank or flow/key indicator. */
const opensIndicator = (previous: number) =>
  isBlank(previous) || previous === Char.Comma || previous === Char.OpenBracket || previous === Char.OpenBrace || previous === Char.Colon || previous === Char.Dash;

/**
 * Whether the fast path may parse this text: false for what js-yaml handles differently from
 * YAML 1.2 or needs the alias cap for — anchors, aliases, tags, directives, explicit (complex)
 * keys, flow collections used as keys, a comment glued to a quoted scalar or flow collection,
 * quoted scalars or flow collections running over lines (js-yaml accepts unindented
 * continuations, YAML 1.2 does not), null keys and indentation indicators. One pass over the
 * char codes, for the files the block parser (block-parse.ts) leaves.
 */
export function fastParseEligible(text: string): boolean {
  let doubles = 0;
  let singles = 0;
  let brackets = 0; // opened minus closed [ and { on this line
  let leading = true; // only indentation and sequence dashes so far on this line
  let flowKey = false; // the line starts with [ or {
  let previous: number = Char.Newline;
  let lastNonBlank: number = Char.Newline;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e) {
      // most of a catalogue is Chinese text, which is none of the characters looked for here
      previous = lastNonBlank = c;
      leading = false;
      continue;
    }
    if (c === Char.Newline) {
      if ((doubles | singles) & 1 || brackets !== 0) return false;
      doubles = singles = brackets = 0;
      leading = true;
      flowKey = false;
      previous = lastNonBlank = c;
      continue;
    }
    if (leading && c !== Char.Space && c !== Char.Tab && c !== Char.Dash && c !== Char.Return) {
      leading = false;
      if (c === Char.Percent && previous === Char.Newline) return false;
      if (c === Char.Question && isBlank(text.charCodeAt(i + 1))) return false;
      flowKey = c === Char.OpenBracket || c === Char.OpenBrace;
    }
    if ((c === Char.Ampersand || c === Char.Star || c === Char.Bang) && opensIndicator(previous)) return false;
    if (c === Char.Hash && (previous === Char.Double || previous === Char.Single || previous === Char.CloseBracket || previous === Char.CloseBrace)) return false;
    if (c === Char.Colon && brackets > 0 && (lastNonBlank === Char.OpenBracket || lastNonBlank === Char.OpenBrace || lastNonBlank === Char.Comma)) return false; // an empty key in a flow collection
    if (c === Char.OpenBracket || c === Char.OpenBrace) brackets++;
    else if (c === Char.CloseBracket || c === Char.CloseBrace) brackets--;
    if (flowKey && (c === Char.CloseBracket || c === Char.CloseBrace)) {
      let j = i + 1;
      while (text.charCodeAt(j) === Char.Space || text.charCodeAt(j) === Char.Tab) j++;
      if (text.charCodeAt(j) === Char.Colon && isBlank(text.charCodeAt(j + 1))) return false;
    }
    if (c === Char.Double) doubles++;
    else if (c === Char.Single) singles++;
    else if (c === Char.Backslash && text.charCodeAt(i + 1) !== Char.Newline) {
      i++; // an escaped character (inside double quotes)
      previous = lastNonBlank = 0;
      continue;
    }
    previous = c;
    if (c !== Char.Space && c !== Char.Tab) lastNonBlank = c;
  }
  return ((doubles | singles) & 1) === 0 && brackets === 0 && !NULL_KEY.test(text) && !INDENTATION_INDICATOR.test(text);
}

/** A block scalar with an indentation indicator (`|2`): js-yaml keeps a line of spaces there that `yaml` drops. */
const INDENTATION_INDICATOR = /(?:^|\s)[|>][-+]?[0-9]/m;

/** A key that resolves to null (`~:`, `null:`): js-yaml makes it "null", YAML 1.2 (and `yaml`) an empty string. */
const NULL_KEY = /(?:^|[\s,{[?-])(?:~|null|Null|NULL)[ \t]*:(?:[\s,\]}]|$)/m;

/** The documents' values, or undefined when js-yaml rejects the text (the reference parser then explains why). */
export function fastParse(text: string): unknown[] | undefined {
  try {
    return jsyaml().loadAll(text, undefined, { schema: core12Schema() });
  } catch {
    return undefined;
  }
}
