import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonCarries } from '../../src/lint/json-carries.js';
import type { FileFacts } from '../../src/lint/file-facts.js';
import { parseSource } from '../../src/load/read-file.js';
import { DEFAULT_PARSE_LIMITS } from '../../src/load/reference-parse.js';

/*
 * The lint cache keeps a file's facts as JSON, which writes NaN and ±Infinity as null and -0 as
 * 0: such a file must be kept out (its facts walked), and most files must not be walked. Numbers
 * are written as YAML 1.2's core schema has them, large and small, beside a written null.
 */

/** Lengths around the limits that matter: none or a few digits, ~210 (10³⁰⁹ with an exponent of 99), ~256 (hex), 309 and more. */
const length = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 195, max: 215 }), fc.integer({ min: 250, max: 260 }), fc.integer({ min: 300, max: 420 }));
/** Zeros weigh more: a mantissa of zeros is how a negative zero is written. */
const digits = (chars = '0000123456789') => length.chain((n) => fc.string({ unit: fc.constantFrom(...chars), minLength: n, maxLength: n }));
const atLeastOne = (chars?: string) => digits(chars).filter((d) => d.length > 0);
const sign = fc.constantFrom('', '-', '+');
const scalar = fc.oneof(
  fc.tuple(sign, atLeastOne()).map(([s, d]) => s + d),
  fc.tuple(sign, digits(), digits()).filter(([, a, b]) => a.length + b.length > 0).map(([s, a, b]) => `${s}${a}.${b}`),
  fc.tuple(sign, atLeastOne(), fc.constantFrom('', '.'), fc.constantFrom('', '5', '000'), fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), fc.constantFrom('5', '99', '307', '308', '309', '0400', '324', '330', '99999')).map((p) => p.join('')),
  atLeastOne('0123456789abcdefABCDEF').map((d) => `0x${d}`),
  atLeastOne('01234567').map((d) => `0o${d}`),
  fc.tuple(sign, fc.constantFrom('.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN')).map(([s, v]) => s + v),
);

const numbersIn = (value: unknown): number[] =>
  typeof value === 'number' ? [value] : value !== null && typeof value === 'object' ? Object.values(value).flatMap(numbersIn) : [];
const carriedByJson = (n: number) => Number.isFinite(n) && !Object.is(n, -0);

function check(text: string): { carries: boolean; exact: boolean } {
  const file = parseSource({ path: 'powers/a.yaml', text: undefined, documents: [], problems: [] }, text, DEFAULT_PARSE_LIMITS);
  const values = file.documents.map((d) => d.value);
  const facts = { path: file.path, values, findings: [] } as unknown as FileFacts;
  // Both parsers powercat reads with: the fast path's values, and the reference parser's.
  const exact = [...numbersIn(values), ...numbersIn(parse(text, { version: '1.2', schema: 'core' }))].every(carriedByJson);
  return { carries: jsonCarries(facts, JSON.stringify({ values }), '[]', text), exact };
}

describe('jsonCarries', () => {
  it('never lets a NaN, ±Infinity or -0 through, whatever number a file writes beside a null', () => {
    fc.assert(
      fc.property(scalar, fc.constantFrom('code', 'timeLimit'), (value, key) => {
        for (const text of [`kind: Power\n${key}: ${value}\nremark: ~\n`, `kind: Power\nlist: [~, ${value}]\n`]) {
          const { carries, exact } = check(text);
          if (!exact) expect(carries, text).toBe(false);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a file with written nulls and ordinary numbers without walking it', () => {
    for (const text of ['kind: Power\ncode: 1e5\nremark: ~\nlimit: 20\n', 'kind: Power\nname: 对无照经营的处罚（第1.5版）\nremark:\nx: -1\n']) {
      expect(check(text)).toEqual({ carries: true, exact: true });
    }
    expect(check('kind: Power\nlimit: .inf\nremark: ~\n')).toEqual({ carries: false, exact: false });
    expect(check('kind: Power\nlimit: 1e309\n')).toEqual({ carries: false, exact: false });
    expect(check('kind: Power\nlist: [~, -.0]\n')).toEqual({ carries: false, exact: false });
  });
});
