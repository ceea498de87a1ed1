import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue, runCli } from './helpers/catalogue.js';

/*
 * Issue 17: 10⁵ documents in one file took over 300 s with stylish (grouping by file copied the
 * group per finding; codeframe split the file once per finding). 20,000 documents — each with
 * four findings (one mistake each of schema and the three required lists: cascade control folds the rest) — must lint, in one file and in many, with
 * every text format, and end in exit 1 (findings), never a hang or exit 2. The time goal (< 30 s)
 * is measured outside the suite; the timeouts here only catch a hang on a loaded machine.
 */
const DOCUMENTS = 20_000;
const doc = (i: number) => `kind: Power\ncode: x${i}\n`;

function expectLinted(root: string, format: string, summary: RegExp): void {
  const report = join(root, `report.${format}.txt`);
  const { code, stderr } = runCli(['lint', root, '-f', format, '--lang', 'en', '-o', report], { cwd: root });
  expect(stderr).toBe('');
  expect(code).toBe(1);
  expect(readFileSync(report, 'utf8').trimEnd().split('\n').at(-1)).toMatch(summary);
}

describe('20,000 documents', () => {
  it('in one file', () => {
    const text = Array.from({ length: DOCUMENTS }, (_, i) => doc(i)).join('---\n');
    // Four findings for each of the 5,000 documents read (maxDocuments), one for the rest: raised, all are read.
    const root = makeCatalogue({ 'powers/all.yaml': text });
    for (const format of ['stylish', 'codeframe']) expectLinted(root, format, /^✖ 20001 problems \(20001 errors, 0 warnings; 2 files, 5001 documents\)$/);
    const raised = makeCatalogue({ 'powercat.yaml': 'kind: Catalogue\nid: t\nname: 测试\nrules:\n  yaml-syntax: {level: error, options: {maxDocuments: 20000}}\n', 'powers/all.yaml': text });
    expectLinted(raised, 'stylish', /^✖ 80000 problems \(80000 errors, 0 warnings; 2 files, 20001 documents\)$/);
  }, 600_000);

  it('in 20,000 files', () => {
    const root = makeCatalogue({});
    mkdirSync(join(root, 'powers'));
    for (let i = 0; i < DOCUMENTS; i++) writeFileSync(join(root, 'powers', `p${i}.yaml`), doc(i));
    for (const format of ['stylish', 'codeframe']) expectLinted(root, format, /^✖ 80000 problems \(80000 errors, 0 warnings; 20001 files, 20001 documents\)$/);
  }, 600_000);
});
