import { describe, expect, it } from 'vitest';
import { allFindings, findingsOf, power, reported } from '../helpers/fixtures.js';

const department = (id: string, orgCode: string) => `kind: Department\nid: ${id}\nname: 青水县${id}局\norgCode: "${orgCode}"\n`;

describe('orgcode-invalid', { timeout: 60_000 }, () => {
  it('passes valid organisation codes, with or without the hyphen (clean under every rule)', async () => {
    const files = {
      'departments/more.yaml': [department('tax', '008779522'), department('justice', '00877868-5'), department('front', '76726532-X')].join('---\n'),
      'powers/a.yaml': power(),
    };
    expect(await allFindings(files)).toEqual([]);
  });

  it('reports wrong length, alphabet and check character at the value', async () => {
    const files = {
      'departments/more.yaml': [
        department('a', '0087790701'),
        department('b', '76726532-x'),
        department('c', '130501003'),
        department('d', '0087786８5'),
      ].join('---\n'),
    };
    expect(await findingsOf('orgcode-invalid', files)).toEqual([
      'orgcode-invalid departments/more.yaml:4:10',
      'orgcode-invalid departments/more.yaml:9:10',
      'orgcode-invalid departments/more.yaml:14:10',
      'orgcode-invalid departments/more.yaml:19:10',
    ]);
    expect(await reported('orgcode-invalid', files)).toEqual([
      'departments/more.yaml:4:10 organisation code "0087790701" has 10 characters (not counting a hyphen before the check character) instead of 9; correct it from the certificate',
      'departments/more.yaml:9:10 character "x" at position 10 of organisation code "76726532-x" is not allowed (digits or capital letters for the first 8, a digit or capital X for the check character); correct it from the certificate',
      'departments/more.yaml:14:10 the check character of organisation code "130501003" should be "6", not "3"; check the first 8 characters',
      'departments/more.yaml:19:10 character "８" at position 8 of organisation code "0087786８5" is not allowed (digits or capital letters for the first 8, a digit or capital X for the check character); correct it from the certificate',
    ]);
    expect((await reported('orgcode-invalid', files, 'zh-CN'))[2]).toBe('departments/more.yaml:14:10 组织机构代码「130501003」的校验码应为「6」，不是「3」；请逐位核对前 8 位');
  });

  it('is silent on departments without orgCode (a version-1 catalogue) and leaves an empty one to schema', async () => {
    expect(await findingsOf('orgcode-invalid', { 'departments/more.yaml': department('a', '') })).toEqual([]);
  });
});
