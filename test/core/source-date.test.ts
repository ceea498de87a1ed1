import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import { MAX_SOURCE_DATE_EPOCH, sourceDate } from '../../src/core/source-date.js';

describe('sourceDate (SOURCE_DATE_EPOCH)', () => {
  it('is the UTC date of the seconds given', () => {
    expect(sourceDate('0')).toBe('1970-01-01');
    expect(sourceDate('1767225599')).toBe('2025-12-31');
    expect(sourceDate('1767225600')).toBe('2026-01-01');
    expect(sourceDate('0001767225600')).toBe('2026-01-01');
    expect(sourceDate(String(MAX_SOURCE_DATE_EPOCH))).toBe('9999-12-31');
  });

  it('is undefined when the variable is not set or empty', () => {
    expect(sourceDate(undefined)).toBeUndefined();
    expect(sourceDate('')).toBeUndefined();
  });

  it('refuses, as a usage error with the value, what is not a date: huge, negative, fractional, text', () => {
    for (const bad of [String(MAX_SOURCE_DATE_EPOCH + 1), '9'.repeat(400), '1e9', '-1', '1.5', ' 1', '1767225600\n', 'yesterday', '0x10']) {
      expect(() => sourceDate(bad), bad).toThrow(UsageError);
    }
    expect(() => sourceDate('99999999999999999999')).toThrow(
      'SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, at most 253402300799 (9999-12-31); it is "99999999999999999999"',
    );
    expect(() => sourceDate('9'.repeat(400))).toThrow(/it is "9{39}…"$/);
  });
});
