import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RULE_IDS } from '../src/rules/index.js';
import { REPO, runCli } from './helpers/catalogue.js';

/*
 * One catalogue that breaks every rule at least once (test/corpus/err/every-rule, whose .out is
 * the reference); each format must report each finding at its file and line.
 */
const FIXTURE = 'test/corpus/err/every-rule';
const FORMATS = ['stylish', 'codeframe', 'json', 'github', 'sarif', 'junit'] as const;

interface Finding {
  rule: string;
  file: string;
  line: number;
  column: number;
}

describe('every rule broken at once', () => {
  const outputs = new Map<string, string>();
  let findings: Finding[] = [];
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'powercat-every-rule-'));
    const result = runCli(['lint', FIXTURE, '--lang', 'en', ...FORMATS.flatMap((f) => ['-f', `${f}:${join(dir, f)}`])], { cwd: REPO });
    expect(result.code).toBe(1);
    for (const format of FORMATS) outputs.set(format, readFileSync(join(dir, format), 'utf8'));
    findings = JSON.parse(outputs.get('json')!).diagnostics;
  });

  it('reports every rule of FORMAT §3', () => {
    expect([...new Set(findings.map((f) => f.rule))].sort()).toEqual([...RULE_IDS].sort());
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
