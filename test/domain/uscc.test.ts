import { describe, expect, it } from 'vitest';
import { isValidUscc, organisationCheckChar, usccCheckChar, usccProblem } from '../../src/domain/uscc.js';

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
