import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { globbySync } from 'globby';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { generateCatalogue } from '../bench/generate.js';
import { generateOtherCatalogue } from '../bench/generate-other.js';
import { blockParse } from '../src/load/block-parse.js';
import { fastParse, fastParseEligible } from '../src/load/fast-parse.js';
import { parseSource } from '../src/load/read-file.js';
import { DEFAULT_PARSE_LIMITS, referenceParse } from '../src/load/reference-parse.js';
import { REPO } from './helpers/catalogue.js';

/**
 * js-yaml and the block parser are only accelerators: wherever the loader takes one of them, the
 * result must be exactly what the reference parser (`yaml`) gives, and the reference must find no
 * problem.
 */
function assertAgree(text: string): void {
  const block = blockParse(text);
  const fast = fastParseEligible(text) ? fastParse(text) : undefined;
  if (block === undefined && fast === undefined) return;
  const reference = referenceParse(text);
  expect(reference.problems, text).toEqual([]);
  const nonEmpty = (docs: unknown[]) => docs.filter((d) => d !== null);
  if (fast) expect(nonEmpty(fast), text).toEqual(nonEmpty(reference.values));
  if (block) expect(block, text).toEqual(reference.values);
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
  // the block parser's corners: literal scalars, compact and same-column sequences, flow on one line, keys
  'x: |-\n  a\n  b\n', 'x: |\n  a\n\n  b\n\n', 'x: |\n  a\n   b\n  c\ny: 1\n', '- |-\n  a\n- b\n', 'x: |-\n  # 正文\n  a\n',
  'x: |\n  a\n# 注释\ny: 1\n', 'x: |2\n   a\n', 'x: |\n\n  a\n', 'x: |\n  a', 'x: |-\n a\n', 'x: | # c\n  a\n', 'x: |\n  a\n    \n  b\n',
  '- a: |\n    b\n  c: d\n', 'x:\n  y: |\n   a\n  z: 1\n', 'x: |\ny: 1\n', 'x: >\n  a\n  b\n',
  'a:\n- b\n- c\nd: e\n', '- a: 1\n  b: 2\n- c\n', '- a:\n  - b\n', '- a:\n- b\n', 'a:\n  b:\n    c: 1\n  d: 2\n', 'a: b\n  c: d\n',
  'a: b\n c\n', 'a: [b, [c, d], {e: f}]\n', 'a: {b: c, d: [e]}\n', "a: ['b', \"c\"]\n", 'a: {b: }\n', 'a: [b, ]\n', 'a: [b,,c]\n',
  'a: {b}\n', 'a: {b:c}\n', 'a: [b: c]\n', 'a: [a b, c d]\n', 'a: "b: c"\n', "a: 'b # c'\n", 'a: b: c\n', 'a: b:\n', '"a b": 1\n',
  "'a''b': 1\n", '"1": 1\n', '1: a\n', 'null: a\n', '~: a\n', 'true: a\n', 'a: -\n', 'a: - b\n', 'a: -b\n', 'a: ---\n', '---\na: 1\n',
  '--- # c\na: 1\n', '---\na: 1\n---\nb: 2\n', 'a: 1\n---\n', '---\n', '--- a\n', '  a: 1\n  b: 2\n', '  a: 1\nb: 2\n', 'a:\n  - b\n  c: d\n',
  'a: 1 #c\nb: 2#c\n', '__proto__: 1\n', 'a: {__proto__: 1}\n', "'<<': {a: 1}\n", 'a: 你好：世界\n', 'a: http://x.org/a:b\n', 'a: b #\n',
  'a:    b   \n', 'a:\n\n\n  b: 1\n', '- - a\n', '-\n  a: 1\n', '- \n  a: 1\n', '- # c\n  a: 1\n', 'a: [\n  b]\n', 'a: b\n\n  # c\nd: e\n',
  'a: ? b\n', 'a: :b\n', 'a: ?b\n', 'a: [.inf, -.Inf, 0x1F, 0o7, 1e3, +1, ~, null, TRUE, yes, -0]\n', 'a: 😀\n', 'a: b\u2028c\n',
  'a: b\u0085\n', 'a: b\\c\n', '- [a, b]: c\n', '- {a: b}\n- [c]\n', '- "a": b\n', "- 'a'\n", 'a: "b" \n', 'a:\n  -\n  - b\n',
  `a: ${'['.repeat(64)}${']'.repeat(64)}\n`, `a: ${'['.repeat(65)}${']'.repeat(65)}\n`, `a: ${'{a: '.repeat(70)}1${'}'.repeat(70)}\n`,
  Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}a:\n`).join('') + `${' '.repeat(70)}b: 1\n`,
  'a: 1\r\nb: |\r\n  x\r\n  y\r\nc:\r\n- d\r\n', 'a: "b\r\n  c"\r\n', 'a: |-\r\n  x\r\n\r\n  y\r\n', 'a: {b: c}\r\n# c\r\n',
  'a: {b: [c, {d: e}], f: "g, h"}\n', 'a: [b, "c, d", \'e]\']\n', 'a:b\n', 'a :b\n', 'a  : b\n', 'a: b\n---\n# 注释\n', '# 注释\n---\na: 1\n',
];

describe('js-yaml (fast path) and yaml (reference) agree', { timeout: 120_000 }, () => {
  it.each(TRICKY.map((t) => [JSON.stringify(t), t]))('on %s', (_name, text) => assertAgree(text));

  /** Every file agrees, and the block parser reads each one: the catalogues it is made for. */
  const assertBlockReadsAll = (files: string[], atLeast: number) => {
    expect(files.length).toBeGreaterThan(atLeast);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      assertAgree(text);
      expect(blockParse(text), file).toBeDefined();
    }
  };

  it('on every file of the example catalogues, which both fast paths read', () => {
    const files = globbySync('examples/**/*.{yaml,yml}', { cwd: REPO, absolute: true });
    assertBlockReadsAll(files, 10);
    for (const file of files) expect(fastParseEligible(readFileSync(file, 'utf8')), file).toBe(true);
  });

  it('on files saved with CRLF line ends, which the block parser reads as with LF', () => {
    const files = globbySync('examples/qingshui/**/*.yaml', { cwd: REPO, absolute: true });
    for (const file of files) {
      const crlf = readFileSync(file, 'utf8').replaceAll('\n', '\r\n');
      assertAgree(crlf);
      expect(blockParse(crlf), file).toBeDefined();
    }
  });

  it('on every file of catalogues of both generators', () => {
    const root = mkdtempSync(join(tmpdir(), 'powercat-parsers-'));
    generateCatalogue({ powers: 400, out: join(root, 'one'), seed: 3, findings: 40, findingFiles: 10 });
    generateOtherCatalogue({ powers: 400, out: join(root, 'other'), perDepartment: 100 });
    assertBlockReadsAll(globbySync('**/*.yaml', { cwd: root, absolute: true }), 200);
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

  const lines = fc.stringMatching(/^[a清 #:'"-]{0,5}(\n {0,3}[a清#: -]{0,5}){0,3}\n{0,2}$/);
  it('on block literals and flow collections as serializers write them', () => {
    fc.assert(
      fc.property(
        fc.dictionary(key, fc.oneof(value, lines, fc.array(lines, { maxLength: 3 })), { maxKeys: 6 }),
        fc.constantFrom('block', 'flow', 'js-yaml'),
        (doc, style) => assertAgree(style === 'js-yaml' ? jsyaml.dump(doc) : stringify(doc, style === 'flow' ? { collectionStyle: 'flow' } : undefined)),
      ),
      { numRuns: 1000, seed: 20261201 },
    );
  });

  // A real file with a few characters inserted or removed: where a parser might read a broken file as some other valid one.
  const example = readFileSync(join(REPO, 'examples/qingshui/powers/civil-affairs/marriage-registration.yaml'), 'utf8');
  const edit = fc.tuple(fc.nat({ max: example.length }), fc.constantFrom('', ' ', '  ', '\n', ':', ': ', '- ', '-', '#', ' #', '"', "'", '|', '|-', '[', ']', '{', '}', ',', '---\n', '\n  '), fc.nat({ max: 2 }));
  it('on a real file with small edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let text = example;
        for (const [at, insert, remove] of edits) text = text.slice(0, at) + insert + text.slice(Math.min(text.length, at + remove));
        assertAgree(text);
      }),
      { numRuns: 1500, seed: 20261202 },
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
