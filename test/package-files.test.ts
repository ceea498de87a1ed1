import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/catalogue.js';

/*
 * What `npm pack` puts in the package ("files" in package.json: the bundle, not the compiled
 * modules it was made from) must run on its own: the CLI, its worker threads and the validators
 * compiled ahead of time are all in dist/bundle/.
 */
describe('the published package', () => {
  it('runs from the files npm pack takes, with the packages installed beside them', () => {
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(packed.status, packed.stderr).toBe(0);
    const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('dist/bundle/main.js');
    expect(files.filter((f) => f.startsWith('dist/') && !f.startsWith('dist/bundle/'))).toEqual([]);

    const root = mkdtempSync(join(tmpdir(), 'powercat-package-'));
    for (const file of files) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      cpSync(join(REPO, file), join(root, file));
    }
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/powercat.js'), ...args], { cwd: tmpdir(), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });

    const lint = run('lint', join(REPO, 'examples/qingshui'), '--lang', 'en');
    expect(lint.stderr).toBe('');
    expect(lint.stdout).toMatch(/^✔ no problems \(37 files, \d+ documents\)/m);
    expect(lint.status).toBe(0);
    const audit = run('audit', join(REPO, 'examples/records/qingshui-2025-q1.jsonl'), '--catalogue', join(REPO, 'examples/qingshui'), '--jobs', '2', '-f', 'json');
    expect(audit.stderr).toBe('');
    expect((JSON.parse(audit.stdout) as { summary: { cases: number } }).summary.cases).toBeGreaterThan(0);
  }, 120_000);
});
