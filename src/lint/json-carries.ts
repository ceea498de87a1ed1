import type { FileFacts } from './file-facts.js';

/**
 * Whether JSON carries a file's facts exactly: it writes NaN and ±Infinity as null, and -0 as 0.
 * Those are looked for only where they can be, so that most files are not walked value by value:
 * a `null` in the findings' JSON (`tail`); a `null` in the facts' JSON (`head`) when the YAML text
 * holds a scalar that can read as NaN or ±Infinity (most nulls are written ones: `~`, an empty
 * value); YAML text with a negative zero. Without text (a file not decoded), any `null`.
 */
export function jsonCarries(facts: FileFacts, head: string, tail: string, text: string | undefined): boolean {
  const suspect =
    tail.includes('null') ||
    (text === undefined ? head.includes('null') : (head.includes('null') && NON_FINITE.test(text)) || NEGATIVE_ZERO.test(text));
  return !suspect || jsonSafe(facts);
}

/** A plain scalar that may be a negative zero: after a space, a flow indicator or `:` (`{"a":-0}`), not inside a word (`dept-0001`). */
const NEGATIVE_ZERO = /(?<![^\s[{,:])-(?:\.?0|[\d.]+[eE]-\d{3})/;

/**
 * What may read as NaN or ±Infinity in YAML 1.2's core schema, the one all of powercat's parsers
 * read with: `.nan`, `.inf` in their three spellings; a number of 10³⁰⁹ or more, which has an
 * exponent of three digits or more, or else (exponent ≤ 99) 210 or more digits before its point;
 * a hexadecimal integer of 256 digits or more (2¹⁰²⁴); an octal one of 342 or more (digits too).
 */
const NON_FINITE = /\.(?:nan|NaN|NAN|inf|Inf|INF)|[\d.][eE]\+?\d{3}|\d{200}|0x[\da-fA-F]{250}/;

function jsonSafe(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every(jsonSafe);
  for (const key in value) if (!jsonSafe((value as Record<string, unknown>)[key])) return false;
  return true;
}
