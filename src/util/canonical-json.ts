import { compareStrings } from '../core/compare.js';

/** What a canonical document may hold: no floats, no null, nothing undefined inside an array. */
export type CanonicalValue = string | number | boolean | readonly CanonicalValue[] | { readonly [key: string]: CanonicalValue | undefined };

/**
 * The JSON Canonicalization Scheme (RFC 8785) for the values powercat signs: object members sorted
 * by their names' UTF-16 code units, no whitespace, strings escaped as JSON.stringify does (which
 * is RFC 8785's rule), UTF-8 when written. Numbers are limited to safe integers, whose RFC 8785
 * form is their plain decimal digits, so the ECMAScript number serialisation question never arises.
 * Members whose value is undefined are left out, as JSON.stringify would.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`canonical JSON holds integers only, not ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const members = Object.entries(value as Record<string, CanonicalValue | undefined>)
    .filter((entry): entry is [string, CanonicalValue] => entry[1] !== undefined)
    .sort(([a], [b]) => compareStrings(a, b));
  return `{${members.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
