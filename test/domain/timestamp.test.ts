import { describe, expect, it } from 'vitest';
import { parseTimestamp } from '../../src/domain/timestamp.js';

describe('timestamps of handling records', () => {
  it('take the date as written, in its own offset; without one, Asia/Shanghai', () => {
    expect(parseTimestamp('2025-03-04')?.date).toBe('2025-03-04');
    expect(parseTimestamp('2025-03-04T23:30:00-05:00')?.date).toBe('2025-03-04');
    expect(parseTimestamp('2025-03-04T00:30:00Z')?.date).toBe('2025-03-04');
    expect(parseTimestamp('2025-03-04 09:30')!.instant).toBe(Date.parse('2025-03-04T09:30:00+08:00'));
    expect(parseTimestamp('2025-03-04T09:30:00.250+0800')!.instant).toBe(Date.parse('2025-03-04T09:30:00.250+08:00'));
    expect(parseTimestamp('2025-03-04T01:00:00Z')!.instant).toBeGreaterThan(parseTimestamp('2025-03-04T08:30:00')!.instant);
  });

  it('refuse what is not a real ISO 8601 moment', () => {
    for (const text of ['2025/03/04', '2025-02-29', '2025-13-01', '2025-03-04T24:00', '2025-03-04T09:61', '20250304', '2025-03-04T09:30+25:00', 'soon', '']) {
      expect(parseTimestamp(text), text).toBeUndefined();
    }
    expect(parseTimestamp('2024-02-29')?.date).toBe('2024-02-29');
  });
});
