import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../bench/generate.js';
import { REPO, runCli, type CliResult } from './helpers/catalogue.js';

/*
 * Files are read and checked in worker threads once there are enough of them (64 with --jobs); the report
 * must not depend on how many there are, nor on which thread checked which file.
 */
describe('lint --jobs N', () => {
  let root: string;
  beforeAll(() => {
    root = join(mkdtempSync(join(tmpdir(), 'powercat-threads-')), 'catalogue');
    // 600 powers in ~320 files, 120 findings of every kind the generator injects in 40 of them
    generateCatalogue({ powers: 600, out: root, seed: 7, findings: 120, findingFiles: 40 });
  }, 60_000);

  it.each(['json', 'stylish', 'sarif'])('gives byte-identical %s reports with 1, 2 and 3 threads', (format) => {
    const reports = ['1', '2', '3'].map((jobs) => runCli(['lint', root, '--lang', 'en', '--format', format, '--jobs', jobs]));
    expect(reports[0]!.code).toBe(1);
    if (format === 'json') expect(JSON.parse(reports[0]!.stdout).diagnostics.length).toBeGreaterThanOrEqual(120);
    // How a run ended first, with what it said: a run that died says why.
    const ending = ({ code, signal, error, stderr }: CliResult) => ({ code, signal, error, stderr });
    for (const report of reports.slice(1)) {
      expect(ending(report)).toEqual(ending(reports[0]!));
      expect(report.stdout).toBe(reports[0]!.stdout);
    }
  }, 120_000);

  it('gives the same report with an upstream list, read while the threads check the files', () => {
    const withList = join(mkdtempSync(join(tmpdir(), 'powercat-threads-upstream-')), 'catalogue');
    cpSync(root, withList, { recursive: true });
    cpSync(join(REPO, 'examples/province'), join(withList, 'upstream/province'), { recursive: true });
    appendFileSync(join(withList, 'powercat.yaml'), 'upstream:\n  - id: province\n    name: 东岭省通用目录\n    source: upstream/province\n');
    const reports = ['1', '2'].map((jobs) => runCli(['lint', withList, '--lang', 'en', '--format', 'json', '--jobs', jobs]));
    expect(JSON.parse(reports[0]!.stdout).diagnostics.filter((d: { rule: string }) => d.rule === 'upstream-missing').length).toBeGreaterThan(0);
    expect(reports[1]!.stdout).toBe(reports[0]!.stdout);
    expect(reports[1]!.code).toBe(reports[0]!.code);
  }, 120_000);

  it('refuses --jobs 0 with a usage error', () => {
    const result = runCli(['lint', root, '--jobs', '0']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--jobs/);
  }, 60_000);
});
