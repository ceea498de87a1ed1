import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/core/diagnostic.js';
import { FORMATTERS } from '../src/report/formatters/index.js';
import type { FormatContext } from '../src/report/formatters/index.js';
import { REPO } from './helpers/catalogue.js';

const SOURCE = [
  'kind: Power',
  'code: "000231001000"',
  'name: 对未取得食品经营许可从事食品经营活动的处罚',
  'type: 行政许可',
  'department: scjgj',
].join('\n');

const REPORT: Report = {
  diagnostics: [
    {
      rule: 'schema',
      severity: 'error',
      message: '「type」的值「行政许可」无效；是否想写「licensing」？',
      file: 'powers/食品/a.yaml',
      line: 4,
      column: 7,
      endLine: 4,
      endColumn: 11,
      pointer: '/type',
      related: [],
    },
    {
      rule: 'code-duplicate',
      severity: 'warning',
      message: 'code "000231001000" is used more than once, 50% of: a,b',
      file: 'powers/食品/a.yaml',
      line: 2,
      column: 7,
      endLine: 2,
      endColumn: 21,
      pointer: '/code',
      related: [{ file: 'powers/b.yaml', line: 9, column: 7, message: 'also used here' }],
    },
  ],
  summary: { errors: 1, warnings: 1, suppressed: 2, baselined: 0, files: 3, documents: 5 },
};

const TOOL: FormatContext['tool'] = {
  name: 'powercat',
  version: '0.0.0-test',
  informationUri: 'https://powercat.dev',
  rules: [
    { id: 'schema', defaultSeverity: 'error', shortDescription: 'Schema.', fullDescription: 'Schema. Long.', helpUri: 'https://powercat.dev/docs/rules#schema' },
    { id: 'code-duplicate', defaultSeverity: 'error', shortDescription: 'Dup.', fullDescription: 'Dup. Long.', helpUri: 'https://powercat.dev/docs/rules#code-duplicate' },
  ],
};

describe.each(Object.keys(FORMATTERS))('the %s formatter', { timeout: 60_000 }, (name) => {
  it.each(['zh-CN', 'en'] as const)('matches its golden file (%s)', (lang) => {
    const text = FORMATTERS[name]!(REPORT, { lang, color: false, sources: new Map([['powers/食品/a.yaml', SOURCE]]), tool: TOOL });
    const golden = join(REPO, 'test/golden', `${name}.${lang}.txt`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, text);
    expect(existsSync(golden)).toBe(true);
    expect(text).toBe(readFileSync(golden, 'utf8'));
  });
});

describe('codeframe', { timeout: 60_000 }, () => {
  it('puts the caret under the node, counting CJK characters as two columns', () => {
    const text = FORMATTERS.codeframe!(REPORT, { lang: 'en', color: false, sources: new Map([['powers/食品/a.yaml', SOURCE]]), tool: TOOL });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.startsWith('> 4 |'));
    expect(lines[at]).toBe('> 4 | type: 行政许可');
    expect(lines[at + 1]).toBe('    |       ^^^^^^^^');
  });

  it('uses colour only when asked', () => {
    const plain = FORMATTERS.codeframe!(REPORT, { lang: 'en', color: false, sources: new Map(), tool: TOOL });
    const coloured = FORMATTERS.codeframe!(REPORT, { lang: 'en', color: true, sources: new Map(), tool: TOOL });
    expect(plain).not.toContain('\u001b[');
    expect(coloured).toContain('\u001b[31m');
  });
});

describe('github', { timeout: 60_000 }, () => {
  it('escapes properties and data as workflow commands require', () => {
    const text = FORMATTERS.github!(REPORT, { lang: 'en', color: false, sources: new Map(), tool: TOOL });
    expect(text.split('\n')[1]).toBe(
      '::warning file=powers/食品/a.yaml,line=2,col=7,endLine=2,endColumn=21,title=code-duplicate::code "000231001000" is used more than once, 50%25 of: a,b (powers/b.yaml:9:7 also used here)',
    );
  });
});
