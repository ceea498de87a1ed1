import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAnotherUser, BIN, runCli } from './helpers/catalogue.js';

/** A new folder (its parent is made readable by every user, for the run as another user). */
function folder(files: Record<string, string> = {}): string {
  const parent = mkdtempSync(join(tmpdir(), 'powercat-init-'));
  chmodSync(parent, 0o755);
  const dir = join(parent, 'catalogue');
  mkdirSync(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Every file below `dir`, relative, with its content. */
function tree(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), readFileSync(path, 'utf8')];
      })
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

// Every test starts the CLI, some twice: on a busy machine that takes seconds.
describe('powercat init', { timeout: 60_000 }, () => {
  it('starts a catalogue that lints clean, and lists what it wrote', () => {
    const dir = folder();
    const result = runCli(['init', dir], { env: { PATH: '' } });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe(`started a catalogue in ${dir}:`);
    expect(lines.slice(1, -2).sort()).toEqual(Object.keys(tree(dir)).map((path) => `  wrote  ${path}`).sort());
    // run from the repository, where powercat is neither a dependency nor (with this PATH) installed
    expect(lines.slice(-2)).toEqual([`next: edit the files, then run "node bin/powercat.js lint ${dir}"`, '']);
    expect(runCli(['lint', dir]).code).toBe(0);
  });

  it('says how to run powercat from where the user stands: npx in a project that has it, powercat on PATH, else node and the script', () => {
    const nextLine = (cwd: string, path: string) => runCli(['init', folder()], { cwd, env: { PATH: path } }).stdout.trim().split('\n').at(-1)!.replace(/ lint \S+"$/, '');
    const elsewhere = mkdtempSync(join(tmpdir(), 'powercat-cwd-'));
    expect(nextLine(elsewhere, '')).toBe(`next: edit the files, then run "node ${realpathSync(BIN)}`);
    const project = mkdtempSync(join(tmpdir(), 'powercat-project-'));
    mkdirSync(join(project, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(project, 'node_modules/.bin/powercat'), '#!/bin/sh\n', { mode: 0o755 });
    mkdirSync(join(project, 'sub'));
    expect(nextLine(join(project, 'sub'), '')).toBe('next: edit the files, then run "npx powercat');
    const global = mkdtempSync(join(tmpdir(), 'powercat-bin-'));
    writeFileSync(join(global, 'powercat'), '#!/bin/sh\n', { mode: 0o755 });
    expect(nextLine(elsewhere, global)).toBe('next: edit the files, then run "powercat');
  });

  it('leaves every file that exists as it was, says which it kept, and writes the rest', () => {
    const mine = { 'processes/approval-internal.yaml': '# 我的流程\n', 'schemas/power.schema.json': '{"mine": true}\n' };
    const dir = folder(mine);
    symlinkSync('nowhere', join(dir, 'schemas/process.schema.json'));
    const result = runCli(['init', dir, '--lang', 'zh-CN']);
    expect(result.code).toBe(0);
    expect(tree(dir)).toMatchObject(mine);
    expect(existsSync(join(dir, 'powercat.yaml'))).toBe(true);
    expect(result.stdout).toContain('  写入  powercat.yaml\n');
    expect(result.stdout).toContain('  保留  processes/approval-internal.yaml（已存在，未改动）\n');
    expect(result.stdout).toContain('  保留  schemas/power.schema.json（已存在，未改动）\n');
    expect(result.stdout).toContain('  保留  schemas/process.schema.json（已存在，未改动）\n');
    expect(result.stdout).not.toMatch(/写入 {2}(processes\/approval-internal|schemas\/power\.schema|schemas\/process\.schema)/);
  });

  it('refuses a folder that holds a catalogue, writes nothing, and points to powercat schema (exit 2)', () => {
    const dir = folder({ 'powercat.yaml': 'kind: Catalogue\nid: mine\nname: 我的清单\n' });
    const before = tree(dir);
    const result = runCli(['init', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `powercat: ${dir}/powercat.yaml exists: this folder already holds a catalogue, and init only starts new ones (nothing was written); to refresh the editor schemas, run powercat schema --out ${dir}/schemas\n`,
    );
    expect(tree(dir)).toEqual(before);
    expect(runCli(['init', dir], { env: { LANG: 'zh_CN.UTF-8' } }).stderr).toContain('已存在：这里已有清单');
  });

  it('refuses a folder inside a catalogue (exit 2)', () => {
    const dir = folder({ 'powercat.yaml': 'kind: Catalogue\nid: mine\nname: 我的清单\n' });
    const result = runCli(['init', join(dir, 'powers')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is inside the catalogue at .*; nothing was written/);
    expect(existsSync(join(dir, 'powers'))).toBe(false);
  });

  it('writes nothing when a file stands where it needs a folder (exit 2)', () => {
    const dir = folder({ schemas: 'a file' });
    const result = runCli(['init', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`powercat: ${dir}/schemas is a file or a link where init makes a folder; nothing was written. Move it away, or choose another folder\n`);
    expect(tree(dir)).toEqual({ schemas: 'a file' });
  });

  it('takes back what it wrote when a write fails half-way (exit 2, one line)', () => {
    const dir = folder({ 'powers/example-bureau/.keep': '' });
    chmodSync(dir, 0o777);
    chmodSync(join(dir, 'powers/example-bureau'), 0o555);
    const result = runCli(['init', dir], asAnotherUser());
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `powercat: cannot write ${dir}/powers/example-bureau/example-licence.yaml (permission denied); undone, nothing was written. Check the permissions and try again\n`,
    );
    expect(tree(dir)).toEqual({ 'powers/example-bureau/.keep': '' });
    expect(readdirSync(dir)).toEqual(['powers']);
  });

  it('refuses a file, or a place it may not write, as the folder (exit 2)', () => {
    const dir = folder({ 'a-file': 'x' });
    expect(runCli(['init', join(dir, 'a-file')]).stderr).toBe(`powercat: ${dir}/a-file is a file; give a folder\n`);
    expect(runCli(['init', join(dir, 'a-file/new')]).stderr).toBe(`powercat: ${dir}/a-file/new: ${dir}/a-file is a file, not a folder; choose another path\n`);
    const result = runCli(['init', '/proc/powercat']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^powercat: \/proc\/powercat: cannot write in \/proc \(.*\); choose another path or change its permissions\n$/);
  });
});
