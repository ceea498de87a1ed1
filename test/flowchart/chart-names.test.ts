import { describe, expect, it } from 'vitest';
import { chartNames, type NamedChart } from '../../src/flowchart/chart-names.js';

const chart = (source: string, templates: string[], powers: string[], view: NamedChart['view'] = 'external'): NamedChart => ({ view, source, templates, powers });

describe('chart names', () => {
  it('names a chart by its template, or by its power’s code and view when the process is the power’s own', () => {
    expect(chartNames([chart('a', ['licensing'], ['000111001000', '000115005000']), chart('b', [], ['000231001000'], 'internal')])).toEqual([
      'licensing',
      '000231001000.internal',
    ]);
  });

  it('adds the first power’s code where one template gives several charts (other posts or risks)', () => {
    expect(chartNames([chart('a', ['penalty'], ['000211001000', '000217001000']), chart('b', ['penalty'], ['000231001000']), chart('c', ['other'], ['1'])])).toEqual([
      'penalty.000211001000',
      'penalty.000231001000',
      'other',
    ]);
  });

  it('never gives two names that differ only in case (they collide on case-insensitive disks), nor unsafe characters', () => {
    const names = chartNames([chart('a', [], ['ABC']), chart('b', [], ['abc']), chart('c', [], ['x/../y'])]);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_.-]+$/);
    expect(names[2]).toBe('x____y.external');
  });
});
