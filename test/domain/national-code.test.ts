import { describe, expect, it } from 'vitest';
import { codeProfileOf, parseNationalCode, powerTypeOfSegment, TYPE_SEGMENT } from '../../src/domain/national-code.js';

describe('national codes (DOMAIN.md §2)', () => {
  it('parses the real examples of each form', () => {
    expect(parseNationalCode('000131001000')).toEqual({
      ok: true,
      code: { form: 'basic', basic: '000131001000', typeSegment: '01', main: '000131001', subItem: '000' },
    });
    expect(parseNationalCode('11440100007482575H3440118009000')).toEqual({
      ok: true,
      code: {
        form: 'implementation', basic: '440118009000', typeSegment: '01', main: '440118009', subItem: '000',
        uscc: '11440100007482575H', level: '3',
      },
    });
    expect(parseNationalCode('11440000MB2D0164XH2440289876000')).toMatchObject({ ok: true, code: { typeSegment: '02' } });
    expect(parseNationalCode('11100000MB0341032Y100017214300101')).toMatchObject({
      ok: true,
      code: { form: 'handling', basic: '000172143001', uscc: '11100000MB0341032Y', level: '1', serial: '01' },
    });
  });

  it('accepts 00Y parents, sub-items and letters in the sequence', () => {
    expect(parseNationalCode('00013101100Y').ok).toBe(true);
    expect(parseNationalCode('000131011001').ok).toBe(true);
    expect(parseNationalCode('4401310A1000').ok).toBe(true);
  });

  it('names the first problem', () => {
    expect(parseNationalCode('QS-001')).toEqual({ ok: false, problem: { kind: 'length', length: 6 } });
    expect(parseNationalCode('009931001000')).toEqual({ ok: false, problem: { kind: 'basic', basic: '009931001000' } });
    expect(parseNationalCode('700131001000')).toMatchObject({ ok: false, problem: { kind: 'basic' } });
    expect(parseNationalCode('000031001000')).toMatchObject({ ok: false, problem: { kind: 'basic' } });
    expect(parseNationalCode('00013100100y')).toMatchObject({ ok: false, problem: { kind: 'basic' } });
    expect(parseNationalCode('0001310I1000')).toMatchObject({ ok: false, problem: { kind: 'basic' } });
    expect(parseNationalCode('11100000mb0341032Y1000131001000')).toEqual({ ok: false, problem: { kind: 'prefix', prefix: '11100000mb0341032Y' } });
    expect(parseNationalCode('11100000MB0341032Y8000131001000')).toEqual({ ok: false, problem: { kind: 'level', level: '8' } });
    expect(parseNationalCode('11100000MB0341032Y1000131001000A1')).toEqual({ ok: false, problem: { kind: 'serial', serial: 'A1' } });
  });

  it('parses the 14-char handling-item form (basic code + serial; DOMAIN.md §7 `00016421300301`)', () => {
    expect(parseNationalCode('00016421300301')).toEqual({
      ok: true,
      code: { form: 'handling', basic: '000164213003', typeSegment: '01', main: '000164213', subItem: '003', serial: '01' },
    });
    expect(parseNationalCode('0001642130030A')).toEqual({ ok: false, problem: { kind: 'serial', serial: '0A' } });
    expect(parseNationalCode('00996421300301')).toEqual({ ok: false, problem: { kind: 'basic', basic: '009964213003' } });
    expect(parseNationalCode('0001642130030')).toEqual({ ok: false, problem: { kind: 'length', length: 13 } });
  });

  it('maps type segments to power types both ways', () => {
    for (const [type, segment] of Object.entries(TYPE_SEGMENT)) expect(powerTypeOfSegment(segment)).toBe(type);
    expect(powerTypeOfSegment('02')).toBe('penalty');
    expect(powerTypeOfSegment('20')).toBe('public-service');
    expect(powerTypeOfSegment('15')).toBeUndefined();
  });

  it('reads codeProfile with free as the default', () => {
    expect(codeProfileOf(undefined)).toBe('free');
    expect(codeProfileOf('nation')).toBe('free');
    expect(codeProfileOf('national')).toBe('national');
    expect(codeProfileOf('pattern')).toBe('pattern');
  });
});
