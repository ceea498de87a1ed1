import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const department = (id: string, uscc: string) => `kind: Department\nid: ${id}\nname: 青水县${id}局\nuscc: "${uscc}"\ncontact:\n  supervisionPhone: "0899-8210102"\n`;

async function messages(files: Record<string, string>): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'uscc-invalid').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('uscc-invalid', { timeout: 60_000 }, () => {
  it('passes valid USCCs (and the fixture is clean under every rule)', async () => {
    const files = {
      'departments/more.yaml': [department('a', '11440100007482575H'), department('b', '1251130145226113XA'), department('c', '115113016823646795')].join('---\n'),
      'powers/a.yaml': power(),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('says what is wrong: length, character, organisation-code check, check character', async () => {
    const files = {
      'departments/more.yaml': [
        department('a', '2222222222222'),
        department('b', '11100000MB0341O32Y'),
        department('c', '11100000MB0341033Y'),
        department('d', 'TE5116020105116050'),
      ].join('---\n'),
    };
    expect(await findingsOf('uscc-invalid', files)).toEqual([
      'uscc-invalid departments/more.yaml:4:7',
      'uscc-invalid departments/more.yaml:11:7',
      'uscc-invalid departments/more.yaml:18:7',
      'uscc-invalid departments/more.yaml:25:7',
    ]);
    const hint = 'if it is a real registered code, list it under allow.uscc in powercat.yaml';
    expect(await messages(files)).toEqual([
      'departments/more.yaml:4:7 USCC "2222222222222" has 13 characters instead of 18; correct it from the registration certificate',
      'departments/more.yaml:11:7 character "O" at position 15 of USCC "11100000MB0341O32Y" is not allowed (digits and capital letters except I O S V Z); correct it from the registration certificate',
      `departments/more.yaml:18:7 the organisation-code check at position 17 of USCC "11100000MB0341033Y" should be "2", not "3"; check characters 9–17, or ${hint}`,
      `departments/more.yaml:25:7 the check character (position 18) of USCC "TE5116020105116050" should be "7", not "0"; check every character, or ${hint}`,
    ]);
  });

  it('suggests orgCode for a valid organisation code, with or without the hyphen (the field named literally in both languages)', async () => {
    const files = { 'departments/more.yaml': [department('a', '00877836X'), department('b', '00877868-5')].join('---\n') };
    expect(await findingsOf('uscc-invalid', files)).toEqual(['uscc-invalid departments/more.yaml:4:7', 'uscc-invalid departments/more.yaml:11:7']);
    expect(await messages(files)).toEqual([
      'departments/more.yaml:4:7 "00877836X" is a 9-character organisation code, not an 18-character USCC: for a body without a USCC, write it as orgCode',
      'departments/more.yaml:11:7 "00877868-5" is a 9-character organisation code, not an 18-character USCC: for a body without a USCC, write it as orgCode',
    ]);
    const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
    const zh = (await lintRoot(root, { lang: 'zh-CN', only: ['uscc-invalid'] })).map((d) => d.message);
    expect(zh[0]).toBe('「00877836X」是 9 位的组织机构代码，不是 18 位的统一社会信用代码：没有统一社会信用代码的机构，请把它写作 orgCode');
  });

  it('suggests the one insertion that repairs a 17-character code (real codes of 广安区, DOMAIN.md §6)', async () => {
    const files = { 'departments/more.yaml': [department('a', '1151130108778239R'), department('b', '1151130000877869M')].join('---\n') };
    expect(await messages(files)).toEqual([
      'departments/more.yaml:4:7 USCC "1151130108778239R" has 17 characters, one too few; the only one-character insertion that gives a well-formed code is "11511301008778239R": check it against the registration certificate and correct it',
      'departments/more.yaml:11:7 USCC "1151130000877869M" has 17 characters, one too few; the only one-character insertion that gives a well-formed code is "11511300008778693M": check it against the registration certificate and correct it',
    ]);
  });

  it('does not guess: an invalid 9-character code, a 17-character code two insertions repair (1151130100877844X4 and 1151130100E877844X), a wrong check character', async () => {
    const files = {
      'departments/more.yaml': [department('a', '130501003'), department('b', '1151130100877844X'), department('c', '11100000MB0341032X')].join('---\n'),
    };
    expect(await messages(files)).toEqual([
      'departments/more.yaml:4:7 USCC "130501003" has 9 characters instead of 18; correct it from the registration certificate',
      'departments/more.yaml:11:7 USCC "1151130100877844X" has 17 characters instead of 18; correct it from the registration certificate',
      'departments/more.yaml:18:7 the check character (position 18) of USCC "11100000MB0341032X" should be "Y", not "X"; check every character, or if it is a real registered code, list it under allow.uscc in powercat.yaml',
    ]);
  });

  it('checks lower-case codes upper-cased (uscc-case warns about them)', async () => {
    expect(await findingsOf('uscc-invalid', { 'departments/more.yaml': department('a', '11511301452259996u') })).toEqual([]);
  });

  it('honours allow.uscc, compared upper-cased', async () => {
    const files = {
      'powercat.yaml': CATALOGUE + 'allow:\n  uscc: ["91350203m0001qay9b"]\n',
      'departments/more.yaml': department('a', '91350203M0001QAY9B') + '---\n' + department('b', '91350203M0001QAY9C'),
    };
    expect(await findingsOf('uscc-invalid', files)).toEqual(['uscc-invalid departments/more.yaml:11:7']);
  });
});
