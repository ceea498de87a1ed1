import { describe, expect, it } from 'vitest';
import { POWER_FIELDS, PROCESS_VIEW_FIELDS, WITHHOLDABLE_FIELDS } from '../../src/format/power-fields.js';
import { EXERCISE_LEVEL, ONLINE_DEPTH, POWER_TYPE, STRING_VOCABULARIES, type Term } from '../../src/format/vocabulary.js';
import { TYPE_SEGMENT, powerTypeOfSegment } from '../../src/domain/national-code.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const terms = (vocabulary: Readonly<Record<string | number, Term>>) => Object.entries(vocabulary);

describe('the format vocabulary', () => {
  it('gives every value a Chinese and an English label (the site and messages show them)', () => {
    for (const vocabulary of [...STRING_VOCABULARIES, EXERCISE_LEVEL, ONLINE_DEPTH, POWER_FIELDS, PROCESS_VIEW_FIELDS]) {
      for (const [value, term] of terms(vocabulary)) {
        expect(term.zh, value).toMatch(CJK);
        expect(term.en.trim(), value).not.toBe('');
        expect(term.en, value).not.toMatch(CJK);
      }
    }
  });

  it('derives the national type segments from the power types', () => {
    expect(TYPE_SEGMENT.licensing).toBe('01');
    expect(TYPE_SEGMENT['public-service']).toBe('20');
    for (const [type, term] of terms(POWER_TYPE)) expect(powerTypeOfSegment(term.code!)).toBe(type);
  });

  it('lets every field be withheld except the identity and structure fields', () => {
    expect(WITHHOLDABLE_FIELDS).toEqual(expect.arrayContaining(['risks', 'guide', 'history', 'status', 'internalProcess', 'externalProcess', 'process']));
    for (const field of ['kind', 'code', 'name', 'type', 'department', 'disclosure']) expect(WITHHOLDABLE_FIELDS).not.toContain(field);
  });
});
