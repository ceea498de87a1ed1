import { readFileSync } from 'node:fs';
import { globbySync } from 'globby';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, fastParseEligible } from '../src/load/fast-parse.js';
import { parseSource } from '../src/load/read-file.js';
import { DEFAULT_PARSE_LIMITS, referenceParse } from '../src/load/reference-parse.js';
import { REPO } from './helpers/catalogue.js';

/**
 * js-yaml is only an accelerator: wherever the loader takes the fast path, the result must be
 * exactly what the reference parser (`yaml`) gives, and the reference must find no problem.
 */
function assertAgree(text: string): void {
  if (!fastParseEligible(text)) return;
  const fast = fastParse(text);
  if (fast === undefined) return;
  const reference = referenceParse(text);
  expect(reference.problems, text).toEqual([]);
  const nonEmpty = (docs: unknown[]) => docs.filter((d) => d !== null);
  expect(nonEmpty(fast), text).toEqual(nonEmpty(reference.values));
}

const TRICKY = [
  'x: 0b101\n', 'x: 0o17\n', 'x: 0o8\n', 'x: 1_000\n', 'x: 0x1F\n', 'x: .5\n', 'x: +.5\n', 'x: -.5e3\n', 'x: 1.\n',
  'x: 1e3\n', 'x: +1\n', 'x: -0\n', 'x: 012\n', 'x: 000131001000\n', 'x: 11100000MB0341032Y\n', 'x: .inf\n',
  'x: -.Inf\n', 'x: .NaN\n', 'x: +.nan\n', 'x: 2020-01-01\n', 'x: 2020-01-01T10:00:00Z\n', 'x: yes\n', 'x: No\n',
  'x: on\n', 'x: ~\n', 'x: Null\n', 'x: TRUE\n', 'x: tRUE\n', 'x: 1:30\n', 'x: 190:20:30\n', 'x: 0.\n', 'x: 1e\n',
  'x: 12e03\n', 'x: "0123"\n', "x: '0123'\n", 'x: =\n', 'x: <<\n', '<<: {a: 1}\n', 'x: !!str 12\n', 'x: &a 1\ny: *a\n',
  '%YAML 1.1\n---\nx: 1\n', '? [a]\n: 1\n', '[a]: 1\n', '{a: 1}: 2\n', 'x: |\n  多行\n  文本\n', 'x: >-\n  折叠\n  文本\n',
  'a: 1\n---\nb: 2\n...\n', '---\n---\n', '# 注释\n', '', 'x: "\\u4e2d"\n', 'x: [1, 2, {a: b}]\n', 'x:\n- a\n- b\n',
  'x: "a\n  b"\n', "x: 'it''s'\n", 'x: a #b\n', 'x: a#b\n', 'x: 1 # c\n', '- 1\n- 2\n', 'a: 1\na: 2\n', 'x: [1,\n',
  // found by the property tests below, kept as regressions
  "a: ''#\n", 'A: {}#\n', 'a: {\na: }\n', 'a: [:]\n', "A: '\na: '\n", 'a: !\n',
  'x:\t1\n', '\tx: 1\n', 'x: @a\n', 'x: `a\n', 'x: %a\n', 'x: |+\n  a\n\n', '"a": 1\n"a": 2\n', 'x: 0X1F\n', 'x: 1__0\n',
];

describe('js-yaml (fast path) and yaml (reference) agree', { timeout: 120_000 }, () => {
  it.each(TRICKY.map((t) => [JSON.stringify(t), t]))('on %s', (_name, text) => assertAgree(text));

  it('on every file of the example catalogue', () => {
    const files = globbySync('examples/**/*.{yaml,yml}', { cwd: REPO, absolute: true });
    expect(files.length).toBeGreaterThan(10);
    let fast = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assertAgree(text);
      if (fastParseEligible(text) && fastParse(text)) fast++;
    }
    expect(fast).toBe(files.length);
  });

  const scalar = fc.stringMatching(/^[-+0-9.eExob_:#!&*%@ 清水县a-fA-F'"\\[\]{}?,\u3000]{0,12}$/);
  const key = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,8}$/);
  const value = fc.letrec((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('list'), tie('map')),
    leaf: fc.oneof(scalar, fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null)),
    list: fc.array(tie('node'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
  })).node;

  it('on YAML written by a serializer from arbitrary values', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 6 }), (doc) => assertAgree(stringify(doc))),
      { numRuns: 1500, seed: 20261127 },
    );
  });

  const line = fc.tuple(fc.stringMatching(/^ {0,3}$/), key, scalar, fc.constantFrom('', ':', ' #', '- '));
  it('on hand-written lines with uneven indentation', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) =>
        assertAgree(lines.map(([indent, k, v, tail]) => `${indent}${k}: ${v}${tail}`).join('\n') + '\n'),
      ),
      { numRuns: 4000, seed: 20261129 },
    );
  });

  it('on hand-written plain scalars, as a clerk might type them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, scalar), { maxLength: 6 }), (pairs) =>
        assertAgree(pairs.map(([k, v]) => `${k}: ${v}`).join('\n') + '\n'),
      ),
      { numRuns: 3000, seed: 20261128 },
    );
  });

  it('never take a tag outside the core schema: the fast path leaves it to the reference, which refuses it', () => {
    const refused: Record<string, string> = {
      'x: !!binary aGVsbG8=\n': 'binaryTag', 'x: !!timestamp 2020-01-01\n': 'dateTag', 'x: [!!timestamp 2020-01-01]\n': 'dateTag',
      'x: !!set {a, b}\n': 'collectionTag', 'x: !!omap [{a: 1}]\n': 'collectionTag', 'x: !!pairs [{a: 1}]\n': 'collectionTag',
      '!!set\n? a\n': 'collectionTag', 'x: !!merge a\n': 'mergeTag', 'x: !!int abc\n': 'tagMismatch', 'x: !foo bar\n': 'unknownTag',
      'x: !<tag:example.com:x> a\n': 'unknownTag', 'x: !!python/object:os.system a\n': 'unknownTag', 'x:\n  - !!binary |\n    aGVs\n': 'binaryTag',
    };
    for (const [text, messageId] of Object.entries(refused)) {
      expect(fastParseEligible(text) && fastParse(text) !== undefined, text).toBe(false);
      expect(referenceParse(text).problems.map((p) => p.messageId), text).toEqual([messageId]);
    }
    for (const text of ['x: !!str 12\n', 'x: !!int "12"\n', 'x: !!bool true\n', 'x: !!null ""\n', 'x: !!map {a: 1}\n', 'x: !!seq [1]\n', 'x: ! a\n', 'x: !<tag:yaml.org,2002:str> a\n']) {
      expect(referenceParse(text).problems, text).toEqual([]);
    }
  });

  it('read a lone CR as a line break, as YAML 1.2 does (js-yaml does; yaml needs the text as LF)', () => {
    const lf = 'kind: Power\ncode: "1"\nname: |\n  多行\n  文本\nlist:\n  - a\n';
    for (const ends of ['\r', '\r\n']) {
      const text = lf.replace(/\n/g, ends);
      const file = parseSource({ path: 'x.yaml', text: undefined, documents: [], problems: [] }, text, DEFAULT_PARSE_LIMITS);
      expect(file.problems).toEqual([]);
      expect(file.documents.map((d) => d.value)).toEqual(referenceParse(lf).values);
      expect(file.text!.length).toBe(text.length); // offsets, and so positions, are those of the file
    }
  });
});
