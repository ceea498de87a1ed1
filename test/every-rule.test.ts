import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/rules/index.js';
import { REPO, runCli } from './helpers/catalogue.js';

/*
 * Two catalogues that break every rule between them (their .out files in test/corpus/err are the
 * reference): every-rule, a version-1 catalogue that breaks every version-1 rule at least once,
 * and v2-every-rule, a version-2 catalogue that breaks each version-2 rule exactly once and is
 * clean otherwise. Each format must report each finding at its file and line.
 */
const FIXTURES = ['test/corpus/err/every-rule', 'test/corpus/err/v2-every-rule'];
const FORMATS = ['stylish', 'codeframe', 'json', 'github', 'sarif', 'junit'] as const;
/** FORMAT §3's version-2 rules (the five upstream-* come with a later issue). */
const V2_RULES = [
  'orgcode-invalid',
  'name-duplicate',
  'department-name-duplicate',
  'time-immediate',
  'licensing-setting-basis',
  'guide-materials',
  'guide-consistency',
  'history-basis',
  'history-consistency',
  'supersedes-conflict',
];

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
}

describe('every rule broken at once', { timeout: 120_000 }, () => {
  const outputs = new Map<string, string>();
  let findings: Finding[] = [];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'powercat-every-rule-'));
    const result = runCli(['lint', ...FIXTURES, '--lang', 'en', ...FORMATS.flatMap((f) => ['-f', `${f}:${join(dir, f)}`])], { cwd: REPO });
    expect(result.code).toBe(1);
    for (const format of FORMATS) outputs.set(format, readFileSync(join(dir, format), 'utf8'));
    findings = JSON.parse(outputs.get('json')!).diagnostics;
  }, 60_000);

  it('reports every rule of FORMAT §3', () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([...RULE_IDS].sort());
    const v1 = findings.filter((f) => f.file.startsWith(`${FIXTURES[0]}/`));
    expect([...new Set(v1.map((f) => f.rule))].sort()).toEqual(RULE_IDS.filter((id) => !V2_RULES.includes(id)).sort());
  });

  it('v2-every-rule: one finding per version-2 rule at its line, and nothing else', () => {
    const v2 = findings.filter((f) => f.file.startsWith(`${FIXTURES[1]}/`)).map((f) => `${f.rule} ${f.file.slice(FIXTURES[1]!.length + 1)}:${f.line}`);
    expect(v2.sort()).toEqual(
      [
        'orgcode-invalid departments/departments.yaml:26',
        'department-name-duplicate departments/departments.yaml:31',
        'time-immediate powers/licences.yaml:45',
        'licensing-setting-basis powers/licences.yaml:62',
        'guide-materials powers/licences.yaml:86',
        'guide-consistency powers/licences.yaml:106',
        'history-basis powers/penalties.yaml:16',
        'name-duplicate powers/penalties.yaml:21',
        'history-consistency powers/penalties.yaml:47',
        'supersedes-conflict powers/penalties.yaml:62',
      ].sort(),
    );
    expect(new Set(v2.map((f) => f.split(' ')[0])).size).toBe(V2_RULES.length);
  });

  it('stylish: each finding under its file at line:col with its rule', () => {
    const text = outputs.get('stylish')!;
    for (const f of findings) {
      const section = text.split('\n\n').find((block) => block.startsWith(`${f.file}\n`));
      expect(section, f.file).toBeDefined();
      expect(section).toMatch(new RegExp(`^\\s+${f.line}:${f.column}\\s.*\\s${f.rule}$`, 'm'));
    }
  });

  it('codeframe: each finding with file:line:col and a frame marking its line', () => {
    const text = outputs.get('codeframe')!;
    for (const f of findings) expect(text).toContain(`${f.file}:${f.line}:${f.column}`);
  });

  it('github: a workflow command per finding', () => {
    const lines = outputs.get('github')!.trim().split('\n');
    expect(lines).toHaveLength(findings.length);
    for (const f of findings) {
      expect(lines.some((l) => l.includes(`file=${f.file},line=${f.line},col=${f.column},`) && l.includes(`title=${f.rule}::`))).toBe(true);
    }
  });

  it('sarif: a result per finding with its region', () => {
    const results = JSON.parse(outputs.get('sarif')!).runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
    }[];
    expect(results).toHaveLength(findings.length);
    for (const f of findings) {
      expect(
        results.some((r) => r.ruleId === f.rule && r.locations[0]!.physicalLocation.region.startLine === f.line && r.locations[0]!.physicalLocation.region.startColumn === f.column),
        `${f.rule} ${f.file}:${f.line}`,
      ).toBe(true);
    }
  });

  it('junit: a failing testcase per rule and file listing line:col', () => {
    const xml = outputs.get('junit')!;
    for (const f of findings) {
      const testcase = new RegExp(`<testcase classname="${f.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" name="${f.rule}"[\\s\\S]*?</testcase>`).exec(xml)?.[0];
      expect(testcase, `${f.rule} ${f.file}`).toBeDefined();
      expect(testcase).toContain(`${f.line}:${f.column} `);
    }
  });
});
