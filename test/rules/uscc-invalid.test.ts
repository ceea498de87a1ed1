import { describe, expect, it } from 'vitest';
import { lintRoot, makeCatalogue } from '../helpers/catalogue.js';
import { allFindings, CATALOGUE, DEPARTMENT, findingsOf, power } from '../helpers/fixtures.js';

const department = (id: string, uscc: string) => `kind: Department\nid: ${id}\nname: 青水县${id}局\nuscc: "${uscc}"\ncontact:\n  supervisionPhone: "0899-8210102"\n`;

async function messages(files: Record<string, string>): Promise<string[]> {
  const root = makeCatalogue({ 'powercat.yaml': CATALOGUE, 'departments/scjgj.yaml': DEPARTMENT, ...files });
  return (await lintRoot(root)).filter((d) => d.rule === 'uscc-invalid').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('uscc-invalid', () => {
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
        department('a', '1151130000877869M'),
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
      'departments/more.yaml:4:7 USCC "1151130000877869M" has 17 characters instead of 18; correct it from the registration certificate',
      'departments/more.yaml:11:7 character "O" at position 15 of USCC "11100000MB0341O32Y" is not allowed (digits and capital letters except I O S V Z); correct it from the registration certificate',
      `departments/more.yaml:18:7 the organisation-code check at position 17 of USCC "11100000MB0341033Y" should be "2", not "3"; check characters 9–17, or ${hint}`,
      `departments/more.yaml:25:7 the check character (position 18) of USCC "TE5116020105116050" should be "7", not "0"; check every character, or ${hint}`,
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
