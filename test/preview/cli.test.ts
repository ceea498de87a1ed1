import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, REPO, makeCatalogue, runCli } from '../helpers/catalogue.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-preview-cli-'));
const RENAMED = 'kind: Catalogue\nid: test\nname: 改名县权责清单\n';
const BROKEN = 'kind: Department\nid: 1\n';

interface Running {
  stderr: () => string;
  /** Resolves with the first match in stderr, as soon as it is there (within `seconds`). */
  waitFor: (pattern: RegExp, seconds?: number) => Promise<RegExpMatchArray>;
  exit: Promise<number | null>;
  interrupt: () => void;
}

const running: Running[] = [];
afterEach(() => {
  for (const cli of running.splice(0)) cli.interrupt();
});

function startCli(args: string[]): Running {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const cli: Running = {
    stderr: () => stderr,
    waitFor: (pattern, seconds = 30) =>
      vi.waitFor(() => stderr.match(pattern) ?? Promise.reject(new Error(`not yet in stderr: ${pattern}\n${stderr}`)), { timeout: seconds * 1000, interval: 50 }),
    exit,
    interrupt: () => void (child.exitCode === null && child.kill('SIGINT')),
  };
  running.push(cli);
  return cli;
}

const previewing = /powercat: previewing \S+ at (http:\/\/127\.0\.0\.1:(\d+)\/) \(Ctrl-C to stop\)/;
/** The same line in a catalogue whose lang is zh-CN, as the example's is. */
const previewingZh = /powercat: 正在预览 \S+：(http:\/\/127\.0\.0\.1:(\d+)\/)（按 Ctrl-C 停止）/;

/** The stream of /__powercat/events as text so far. */
function events(url: string): Promise<() => string> {
  return new Promise((resolve, reject) => {
    request(new URL('__powercat/events', url), (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.once('data', () => resolve(() => text));
    })
      .on('error', reject)
      .end();
  });
}

describe('powercat preview', () => {
  it('builds the example, serves it on the port it took, says so in the catalogue\'s language, and ends with exit 0 on Ctrl-C', async () => {
    const cli = startCli(['preview', 'examples/qingshui', '--out', join(temp(), 'site'), '--cache-dir', temp(), '--port', '0', '--no-watch']);
    // The first build draws every flowchart: beside a second suite it took over 30 s.
    const [, url, port] = await cli.waitFor(previewingZh, 100);
    expect(cli.stderr()).toMatch(/^已生成 \d+ 个页面/m);
    expect(Number(port)).toBeGreaterThan(0);
    const home = await fetch(url!);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toContain('<script src="/__powercat/reload.js" defer></script></body>');
    cli.interrupt();
    expect(await cli.exit).toBe(0);
  }, 150_000);

  it('rebuilds after a change and tells the open pages to reload', async () => {
    const root = makeCatalogue({});
    const cli = startCli(['preview', root, '--out', join(root, 'site'), '--cache-dir', temp(), '--port', '0']);
    const [, url] = await cli.waitFor(previewing);
    const received = await events(url!);
    writeFileSync(join(root, 'powercat.yaml'), RENAMED);
    await vi.waitFor(() => expect(received()).toContain('event: reload'), { timeout: 30_000 });
    expect(cli.stderr()).toContain('powercat: change detected, rebuilding…');
    expect(await (await fetch(url!)).text()).toContain('改名县权责清单');
    cli.interrupt();
    expect(await cli.exit).toBe(0);
  }, 60_000);

  it('with lint errors and no previous site, prints the findings and exits 1', () => {
    const root = makeCatalogue({ 'bad.yaml': BROKEN });
    const result = runCli(['preview', root, '--out', join(temp(), 'site'), '--port', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.yaml');
    expect(result.stderr).not.toContain('previewing');
  }, 30_000);

  it('with lint errors, serves the previous site and says so', async () => {
    const root = makeCatalogue({});
    const out = join(temp(), 'site');
    expect(runCli(['build', root, '--out', out, '--cache-dir', temp()]).code).toBe(0);
    writeFileSync(join(root, 'bad.yaml'), BROKEN);
    const cli = startCli(['preview', root, '--out', out, '--cache-dir', temp(), '--port', '0', '--no-watch']);
    const [, url] = await cli.waitFor(previewing);
    expect(cli.stderr()).toContain(`powercat: serving the previous site in ${out}`);
    expect((await fetch(url!)).status).toBe(200);
  }, 30_000);

  it('names the port in use and --port, without a stack trace (exit 2)', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    const result = runCli(['preview', makeCatalogue({}), '--out', join(temp(), 'site'), '--port', String(port)]);
    taken.close();
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`powercat: cannot serve on 127.0.0.1:${port}: the port is in use; choose another with --port (0 takes any free one)\n`);
  }, 30_000);

  it('refuses a port out of range as a usage error', () => {
    expect(runCli(['preview', '--out', temp(), '--port', '65536']).code).toBe(2);
  }, 30_000);
});

describe('powercat build --watch', () => {
  it('rebuilds on every change, prints the findings of a failing build and goes on, and exits 0 on Ctrl-C', async () => {
    const root = makeCatalogue({});
    const cli = startCli(['build', root, '--out', join(root, 'site'), '--cache-dir', temp(), '--watch']);
    await cli.waitFor(/watching the catalogue for changes/);
    writeFileSync(join(root, 'bad.yaml'), BROKEN);
    await cli.waitFor(/the site was not built/);
    expect(cli.stderr()).toContain('bad.yaml');
    writeFileSync(join(root, 'bad.yaml'), 'kind: Department\nid: d\nname: 某局\n');
    await cli.waitFor(/rebuilding…[\s\S]*rebuilding…\nbuilt 4 pages/);
    cli.interrupt();
    expect(await cli.exit).toBe(0);
    expect(cli.stderr().match(/rebuilding…/g)).toHaveLength(2);
  }, 60_000);
});
