import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fastParse, fastParseEligible } from '../../src/load/fast-parse.js';
import { yamlDocument, type YamlValue } from '../../src/import/yaml-text.js';

/** What both of powercat's parsers read back from the text. */
function readBack(text: string): unknown {
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  expect(docs.flatMap((d) => ('errors' in d ? d.errors : [])), text).toEqual([]);
  const value = (docs as { toJS(): unknown }[]).map((d) => d.toJS());
  if (fastParseEligible(text)) expect(fastParse(text), text).toEqual(value);
  return value[0];
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('000131001000', '2024-01-01', 'yes', 'No', '~', 'null', '0x1F', '1e3', '.5', '-', '- a', 'a: b', 'a #b', '#c', '@x', '=', '<<', "it's", 'a\nb', 'a\n\nb\n', ' lead', 'tab\there', '\u2028', '《法》第一条：内容', '{x}', '[y]', 'a,b', 'k:v'),
);
const scalar: fc.Arbitrary<YamlValue> = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean());
const value: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('code', 'name', 'value', 'unit', 'note', 'text', 'list'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('the YAML writer of import', () => {
  it('writes text that both parsers read back as the same data, for any strings', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('kind', 'code', 'name', 'basis', 'timeLimit', 'note'), value, { minKeys: 1, maxKeys: 6 }), (map) => {
        const expected = JSON.parse(JSON.stringify(map)) as unknown;
        expect(readBack(yamlDocument(map, ['原表第 3 行', 'a # comment\nwith a break']))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('quotes codes and dates, writes short maps in flow style and long text as a literal block', () => {
    const text = yamlDocument({
      kind: 'Power',
      code: '000131001000',
      effective: '2025-01-01',
      timeLimit: { statutory: { value: 20, unit: 'workday' } },
      basis: [{ level: 'law', title: '中华人民共和国行政许可法', text: '第一行\n第二行' }],
      fees: [],
    });
    expect(text).toBe(
      [
        'kind: Power',
        "code: '000131001000'",
        "effective: '2025-01-01'",
        'timeLimit:',
        '  statutory: {value: 20, unit: workday}',
        'basis:',
        '  - level: law',
        '    title: 中华人民共和国行政许可法',
        '    text: |-',
        '      第一行',
        '      第二行',
        'fees: []',
        '',
      ].join('\n'),
    );
  });
});
