import { describe, expect, it } from 'vitest';
import { isValidOrgCode, isValidUscc, organisationCheckChar, orgCodeProblem, usccByInsertion, usccCheckChar, usccProblem } from '../../src/domain/uscc.js';

// DOMAIN.md §3
const VALID = [
  '11100000MB0341032Y',
  '11100000MB03271699',
  '11440000MB2D0164XH',
  '11440100007482575H',
  '11450000007565194H',
  '11140800558745220K',
  '11410182005291054B',
  '1151130100877844X4',
  '1251130145226113XA',
  '115113016823646795',
  '12441500196720244T',
  '91350200776049653A',
];

describe('USCC (GB 32100)', () => {
  it.each(VALID)('accepts %s', (code) => {
    expect(usccProblem(code)).toBeUndefined();
    expect(isValidUscc(code)).toBe(true);
  });

  it.each(VALID)('computes both check characters of %s', (code) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
    expect(organisationCheckChar(code.slice(8, 16))).toBe(code[16]);
  });

  it('rejects the invalid codes seen in real data', () => {
    expect(usccProblem('1151130000877869M')).toEqual({ kind: 'length', length: 17 });
    expect(usccProblem('TE5116020105116050')).toEqual({ kind: 'check', expected: '7', actual: '0' });
    expect(usccProblem('2222222222222')).toEqual({ kind: 'length', length: 13 });
    // a real licence that fails its checksum (hence allow.uscc)
    expect(usccProblem('91350203M0001QAY9B')).toEqual({ kind: 'check', expected: '9', actual: 'B' });
  });

  it('accepts lower-case input once upper-cased', () => {
    expect(usccProblem('11511301452259996u')).toBeUndefined();
    expect(usccProblem('11100000mb0341032y')).toBeUndefined();
  });

  it('names the first character outside the alphabet (I O S V Z are not used)', () => {
    expect(usccProblem('11100000MB0341O32Y')).toEqual({ kind: 'character', character: 'O', position: 15 });
    expect(usccProblem('11100000MB034１032Y')).toEqual({ kind: 'character', character: '１', position: 14 });
  });

  it('checks the organisation code (position 17) before the check character (position 18)', () => {
    expect(usccProblem('11100000MB0341033Y')).toEqual({ kind: 'organisation-check', expected: '2', actual: '3' });
    expect(usccProblem('11100000MB0341032X')).toEqual({ kind: 'check', expected: 'Y', actual: 'X' });
    expect(usccProblem('21100000MB0341032Y')).toMatchObject({ kind: 'check' });
  });

  it('maps organisation check values 10 and 11 to X and 0', () => {
    expect(organisationCheckChar('00877844')).toBe('X'); // from 1151130100877844X4
    expect(organisationCheckChar('68236467')).toBe('9'); // from 115113016823646795
    // body whose weighted sum is a multiple of 11 → 11 → '0'
    expect(organisationCheckChar('00000000')).toBe('0');
  });

  it('counts the length in characters, not UTF-16 units', () => {
    expect(usccProblem('𠀀'.repeat(18))).toEqual({ kind: 'character', character: '𠀀', position: 1 });
  });
});

describe('the one-insertion repair of a 17-character USCC (FORMAT §3 uscc-invalid)', () => {
  it('finds the repair of the real 17-character codes of 广安区 (DOMAIN.md §3, §6)', () => {
    // 区人社局: the 0 of the region part 511301 was lost
    expect(usccByInsertion('1151130108778239R')).toBe('11511301008778239R');
    // 区公安分局 (DOMAIN.md §3's invalid example): one repair only
    expect(usccByInsertion('1151130000877869M')).toBe('11511300008778693M');
    expect(isValidUscc('11511300008778693M')).toBe(true);
    // the last character dropped: appending the check character is the only repair
    expect(usccByInsertion('11100000MB0341032')).toBe('11100000MB0341032Y');
  });

  it('upper-cases first', () => {
    expect(usccByInsertion('1151130108778239r')).toBe('11511301008778239R');
  });

  it('gives nothing when two insertions work, none does, or the length is not 17', () => {
    expect(usccByInsertion('1151130100877844X')).toBeUndefined(); // …X4 and 1151130100E877844X
    expect(usccByInsertion('11511301008778386')).toBeUndefined(); // six repairs
    expect(usccByInsertion('T151130100877844X')).toBeUndefined(); // no registration authority T
    expect(usccByInsertion('1151130100877844O')).toBeUndefined(); // O is outside the alphabet
    expect(usccByInsertion('11511301008778239R')).toBeUndefined();
    expect(usccByInsertion('2222222222222')).toBeUndefined();
  });

  it('accepts only a well-formed result: registration authority, 6-digit region, both checks', () => {
    // every candidate the search accepts is a valid USCC starting 1-9/A/N/Y with digits in 3–8
    for (const code of ['1151130108778239R', '1151130000877869M', '11100000MB0341032']) {
      const repaired = usccByInsertion(code)!;
      expect(repaired).toMatch(/^[1-9ANY].\d{6}/);
      expect(usccProblem(repaired)).toBeUndefined();
    }
  });
});

describe('organisation code (GB 11714)', () => {
  // real codes of 广安区 (corpus/guangan), with and without the hyphen
  it.each(['083372204', '00877836X', '00877844X', '74468656X', '008778378', '008779522', '00877868-5', '32334539-6', '45225901-3', '76726532-X'])('accepts %s', (code) => {
    expect(orgCodeProblem(code)).toBeUndefined();
    expect(isValidOrgCode(code)).toBe(true);
  });

  it('rejects the wrong check character of real dirty data', () => {
    expect(orgCodeProblem('130501003')).toEqual({ kind: 'check', expected: '6', actual: '3' });
  });

  it('counts the length without a hyphen before the check character, and only there', () => {
    expect(orgCodeProblem('0087790701')).toEqual({ kind: 'length', length: 10 });
    expect(orgCodeProblem('00877952')).toEqual({ kind: 'length', length: 8 });
    expect(orgCodeProblem('0087-78685')).toEqual({ kind: 'length', length: 10 });
    expect(orgCodeProblem('')).toEqual({ kind: 'length', length: 0 });
  });

  it('names a character outside the alphabet at its written position (lower case included)', () => {
    expect(orgCodeProblem('76726532-x')).toEqual({ kind: 'character', character: 'x', position: 10 });
    expect(orgCodeProblem('76726532x')).toEqual({ kind: 'character', character: 'x', position: 9 });
    expect(orgCodeProblem('0087786a5')).toEqual({ kind: 'character', character: 'a', position: 8 });
    expect(orgCodeProblem('00877836Y')).toEqual({ kind: 'character', character: 'Y', position: 9 });
  });
});
