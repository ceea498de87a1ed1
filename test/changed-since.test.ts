import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeCatalogue, REPO, runCli } from './helpers/catalogue.js';

/*
 * --changed-since REF reports the findings in the files changed since REF, and the findings
 * elsewhere that the catalogue at REF does not have: what a pull request brought.
 */

let repo: string;
let root: string;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' });

interface Finding {
  rule: string;
  file: string;
  line: number;
}

function lintChanged(...more: string[]): Finding[] {
  const result = runCli(['lint', root, '--lang', 'en', '--format', 'json', ...more], { cwd: root });
  expect(result.stderr).toBe('');
  return (JSON.parse(result.stdout).diagnostics as Finding[]).map(({ rule, file, line }) => ({ rule, file, line }));
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'powercat-git-'));
  root = join(repo, 'catalogues', 'qingshui');
  cpSync(join(REPO, 'examples/qingshui'), root, { recursive: true });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'start');
});

describe('lint --changed-since', () => {
  it('reports nothing when nothing changed, and what a change brought, in the changed file and elsewhere', () => {
    expect(lintChanged('--changed-since', 'HEAD')).toEqual([]);
    // emergency/enforcement.yaml sorts before health/…: the duplicate is reported in health's file, which did not change
    edit('powers/emergency/enforcement.yaml', (t) => t.replace(/^code: .*$/m, "code: '000523001000'"));
    const findings = lintChanged('--changed-since', 'HEAD');
    expect(findings).toContainEqual({ rule: 'code-duplicate', file: 'powers/health/family-planning-assistance.yaml', line: 3 });
    expect(findings).toContainEqual({ rule: 'code-type-mismatch', file: 'powers/emergency/enforcement.yaml', line: 3 });
    expect(findings).toEqual(lintChanged().filter((f) => findings.some((g) => g.rule === f.rule && g.file === f.file && g.line === f.line)));
  }, 120_000);

  it('leaves out findings elsewhere that were there before, and keeps those of the changed files', () => {
    edit('powers/emergency/enforcement.yaml', (t) => t.replace(/^code: .*$/m, "code: '000523001000'"));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'a duplicate');
    const before = lintChanged();
    expect(before.length).toBeGreaterThan(0);
    edit('powers/civil-affairs/marriage-registration.yaml', (t) => `# 一条注释\n${t}`);
    expect(lintChanged('--changed-since', 'HEAD')).toEqual([]);
    edit('powers/emergency/enforcement.yaml', (t) => `# 一条注释\n${t}`);
    const changed = lintChanged('--changed-since', 'HEAD');
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((f) => f.file === 'powers/emergency/enforcement.yaml')).toBe(true);
  }, 120_000);

  it('reports findings in unchanged files that a deleted department causes, and those of untracked files', () => {
    git('rm', '-q', 'catalogues/qingshui/departments/emergency.yaml');
    const findings = lintChanged('--changed-since', 'HEAD');
    expect(findings.some((f) => f.rule === 'owner-unknown' && f.file.startsWith('powers/emergency/'))).toBe(true);
    git('checkout', '-q', 'HEAD', '--', 'catalogues/qingshui/departments');
    expect(lintChanged('--changed-since', 'HEAD')).toEqual([]);
    writeFileSync(join(root, 'powers/health/new.yaml'), "kind: Power\ncode: '000523001000'\nname: 新事项\ntype: payment\ndepartment: health\n");
    const untracked = lintChanged('--changed-since', 'HEAD');
    expect(untracked.some((f) => f.file === 'powers/health/new.yaml')).toBe(true);
    expect(untracked).toContainEqual({ rule: 'code-duplicate', file: 'powers/health/new.yaml', line: 2 });
  }, 120_000);

  it('reports everything when powercat.yaml changed, and works with the cache', () => {
    edit('powers/emergency/enforcement.yaml', (t) => t.replace(/^code: .*$/m, "code: '000523001000'"));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'a duplicate');
    edit('powercat.yaml', (t) => `${t}# 一条注释\n`);
    expect(lintChanged('--changed-since', 'HEAD')).toEqual(lintChanged());
    const cache = join(repo, '..', `${repo.split('/').pop()}-cache`);
    try {
      git('checkout', '-q', '--', '.');
      edit('powers/civil-affairs/marriage-registration.yaml', (t) => `# 一条注释\n${t}`);
      expect(lintChanged('--changed-since', 'HEAD', '--cache-location', cache)).toEqual([]);
      expect(lintChanged('--changed-since', 'HEAD', '--cache-location', cache)).toEqual([]);
      expect(lintChanged('--cache-location', cache)).toEqual(lintChanged());
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses an unknown ref, or a catalogue outside git, with exit 2 and one line', () => {
    const unknown = runCli(['lint', root, '--changed-since', 'no-such-branch', '--lang', 'en']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('powercat: --changed-since no-such-branch: git knows no commit by that name here\n');
    const inChinese = runCli(['lint', root, '--changed-since', 'no-such-branch', '--lang', 'zh-CN']);
    expect(inChinese.code).toBe(2);
    expect(inChinese.stderr).toBe('powercat: --changed-since no-such-branch：git 中没有这个提交（分支、标签或提交号）\n');
    const outside = runCli(['lint', makeCatalogue({}), '--changed-since', 'HEAD', '--lang', 'en']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/^powercat: --changed-since HEAD: the catalogue is not in a git repository/);
  }, 60_000);
});
