import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from './helpers/catalogue.js';

const HEAD = 'kind: Power\ncode: "000131001000"\ntype: penalty\ndepartment: scjgj\n';

describe('positions (FORMAT §3: 1-based, columns in UTF-16 code units)', { timeout: 60_000 }, () => {
  it('a wrong value sits at the value, after CJK and astral characters', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': HEAD + 'name: 处罚\nbasis:\n  - {title: "𠀋法", level: lawz}\n' });
    const [d] = await lintRoot(root, { only: ['schema'] });
    expect(d).toMatchObject({ rule: 'schema', line: 7, column: 27, endLine: 7, endColumn: 31, pointer: '/basis/0/level' });
    expect(d?.message).toBe('"basis[0].level" has the invalid value "lawz"; did you mean "law"?');
  });

  it('an unknown key sits at the key', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': HEAD + 'name: 处罚\ncontact:\n  监督电话: "12345"\n' });
    const [d] = await lintRoot(root, { only: ['schema'] });
    expect(d).toMatchObject({ line: 7, column: 3, endColumn: 7, pointer: '/contact/监督电话' });
  });

  it('a missing field sits at the first key of the object that lacks it, never at ---', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nname: x\n---\n# 第二个\n' + HEAD + 'basis:\n  - level: law\n' });
    const found = (await lintRoot(root, { only: ['schema'] })).map((d) => [d.line, d.column, d.message]);
    expect(found).toEqual([
      [1, 1, 'power "x" is missing the required keys "code", "type", "department"'],
      [5, 1, 'power (000131001000) is missing the required key "name"'],
      [10, 5, '"basis[0]" of power (000131001000) is missing the required key "title"'],
    ]);
  });

  it('a misspelt key and the required key it was meant to be are one finding, at the misspelt key', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': HEAD + 'nmae: 处罚\n' });
    const found = (await lintRoot(root, { only: ['schema'] })).map((d) => [d.line, d.column, d.message]);
    expect(found).toEqual([[5, 1, 'unknown key "nmae"; did you mean "name"?']]);
  });

  it('an empty value (nothing written) points at its key', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': HEAD + 'name:\n' });
    const [d] = await lintRoot(root, { only: ['schema'] });
    expect(d).toMatchObject({ line: 5, column: 1, message: 'the required key "name" has no value' });
  });

  it('a timeLimit of the wrong shape is one clear finding, not a list of alternatives', async () => {
    const root = makeCatalogue({
      'powers/a.yaml': HEAD.replace('penalty', 'licensing') + 'name: 许可\ntimeLimit:\n  statutory: nope\n  promised: {value: 0, unit: workday}\n',
    });
    const found = (await lintRoot(root, { only: ['schema'] })).map((d) => [d.line, d.column, d.message]);
    expect(found).toEqual([
      [7, 14, '"timeLimit.statutory" has the invalid value "nope"; it must be "none"'],
      [8, 21, '"timeLimit.promised.value" has the value 0, out of range: must be > 0'],
    ]);
  });
});
