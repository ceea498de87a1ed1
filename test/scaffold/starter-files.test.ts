import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { starterFiles } from '../../src/scaffold/starter-files.js';
import { lint } from '../../src/lint/run-lint.js';
import { makeCatalogue } from '../helpers/catalogue.js';

describe('the files powercat init writes', () => {
  const files = starterFiles('mou-xian');

  it('declare format version 2 and give the power a service guide with materials', () => {
    expect(parse(files['powercat.yaml']!)).toMatchObject({ kind: 'Catalogue', id: 'mou-xian', formatVersion: 2 });
    const power = parse(files['powers/example-bureau/example-licence.yaml']!) as { type: string; guide?: { materials?: unknown[] } };
    expect(power.type).toBe('licensing');
    expect(power.guide?.materials?.length).toBeGreaterThan(0);
  });

  it('lint with 0 errors and 0 warnings, version-2 rules included', async () => {
    const root = makeCatalogue(files);
    const { report } = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {} });
    expect(report.diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}:${d.column} ${d.message}`)).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.summary.documents).toBe(5);
  }, 30_000);
});
