import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO, makeCatalogue, runCli } from '../helpers/catalogue.js';

/** The example with only its civil-affairs powers (14 pages, 9 flowcharts): builds quick enough to kill 20 of. */
function smallCatalogue(): string {
  const root = join(mkdtempSync(join(tmpdir(), 'powercat-killed-')), 'catalogue');
  cpSync(join(REPO, 'examples/qingshui'), root, { recursive: true });
  for (const folder of readdirSync(join(root, 'powers'))) if (folder !== 'civil-affairs') rmSync(join(root, 'powers', folder), { recursive: true });
  return root;
}

const KILLS_WHILE_DRAWING = 6;
const KILLS_AT_RANDOM = 14;

/** Every file of a site by relative path, with its bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'latin1'));
  }
  return files;
}

/** The running processes whose /proc/<pid>/<file> entries (arguments or environment) pass `test`, with their command lines. */
function processes(file: 'cmdline' | 'environ', test: (entries: string[]) => boolean): { pid: number; commandLine: string }[] {
  const found: { pid: number; commandLine: string }[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (test(readFileSync(`/proc/${pid}/${file}`, 'utf8').split('\0'))) found.push({ pid: Number(pid), commandLine: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ') });
    } catch {
      // ended meanwhile
    }
  }
  return found;
}

async function waitFor<T>(probe: () => T | undefined, seconds: number): Promise<T | undefined> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() > until) return value;
    await sleep(50);
  }
}

describe('a build killed with SIGKILL at any moment', { timeout: 120_000 }, () => {
  const catalogue = smallCatalogue();
  const work = mkdtempSync(join(tmpdir(), 'powercat-killed-'));
  const out = join(work, 'out', 'site');
  const warmCache = join(work, 'cache');
  // the builds' temporary folder, where their browsers' profiles go
  const temporary = join(work, 'tmp');
  mkdirSync(temporary);
  // every process a build starts inherits its TMPDIR: Chromium's zygotes, renderers and crash handlers too
  const ofTheRuns = () => processes('environ', (variables) => variables.includes(`TMPDIR=${temporary}`));
  afterAll(() => {
    for (const { pid } of ofTheRuns()) process.kill(pid, 'SIGKILL'); // survivors of a failed run, not left to the machine
    for (const dir of [work, join(catalogue, '..')]) rmSync(dir, { recursive: true, force: true });
  });

  const start = (cacheDir: string) => {
    const child = spawn(process.execPath, [BIN, 'build', catalogue, '--out', out, '--cache-dir', cacheDir, '--clean'], {
      env: { ...process.env, NO_COLOR: '1', TMPDIR: temporary },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    return { pid: child.pid!, child, exited, stderr: () => stderr };
  };

  const completeBuild = async () => {
    const run = start(warmCache);
    const code = await run.exited;
    expect(code, run.stderr()).toBe(0);
  };

  it(
    'leaves no browser running, a complete site in OUT, and nothing that outlives the next build',
    async () => {
      await completeBuild(); // draws every flowchart into the warm cache
      expect(readdirSync(temporary)).toEqual([]); // the browser's profile went with it
      const site = tree(out);
      expect(site.has('index.html') && site.has('.powercat-output')).toBe(true);
      const buildStarted = Date.now();
      await completeBuild();
      const warmSeconds = (Date.now() - buildStarted) / 1000;

      const plan = [...Array<'drawing'>(KILLS_WHILE_DRAWING).fill('drawing'), ...Array<'random'>(KILLS_AT_RANDOM).fill('random')].sort(() => Math.random() - 0.5);
      const log: string[] = [];
      for (const [i, kind] of plan.entries()) {
        // drawing: an empty cache, killed once the browser is up; random: anywhere in a whole (warm, --clean) build
        const run = start(kind === 'drawing' ? mkdtempSync(join(work, 'cold-')) : warmCache);
        const profile = join(temporary, `powercat-chromium-${run.pid}-`);
        let delay: number;
        if (kind === 'drawing') {
          const browser = await waitFor(() => processes('cmdline', (args) => args.some((arg) => arg.includes(profile)))[0]?.commandLine, 60);
          expect(browser, `run ${i}: no browser started\n${run.stderr()}`).toBeDefined();
          expect(browser).toContain('--remote-debugging-pipe');
          expect(browser).not.toContain('--remote-debugging-port');
          expect(ofTheRuns().length).toBeGreaterThanOrEqual(2); // powercat and its browser at least
          delay = Math.random() * 1000;
        } else {
          delay = Math.random() * warmSeconds * 1000;
        }
        await sleep(delay);
        run.child.kill('SIGKILL');
        const code = await run.exited;
        log.push(`run ${i} (${kind}): killed after ${Math.round(delay)} ms${code === 0 ? ' (had finished)' : ''}`);
        const context = log.join('\n');

        const survivors = await waitFor(() => (ofTheRuns().length === 0 ? [] : undefined), 15);
        expect(survivors, `${context}\n${ofTheRuns().map((p) => p.commandLine).join('\n')}`).toEqual([]);
        expect(lstatSync(out).isSymbolicLink(), context).toBe(true);
        const now = tree(out);
        expect([...now.keys()].sort(), context).toEqual([...site.keys()].sort());
        for (const [path, bytes] of site) expect(now.get(path) === bytes, `${context}: ${path} differs`).toBe(true);

        if (i % 10 === 9) {
          // the next build removes whatever the killed ones left: versions, links, profiles
          await completeBuild();
          expect(readdirSync(join(out, '..')).sort(), context).toEqual(['site', readlinkSync(out)]);
          expect(readdirSync(temporary), context).toEqual([]);
        }
      }
    },
    300_000,
  );

  it('the next run repairs what killed runs left before it even lints: a folder moved aside, versions, profiles', () => {
    const dir = mkdtempSync(join(tmpdir(), 'powercat-killed-'));
    const temporaryOfRun = join(dir, 'tmp');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    // killed between the two renames of an older powercat's swap (or of the first swap into a link)
    mkdirSync(join(dir, `site.powercat-previous-${dead}`));
    writeFileSync(join(dir, `site.powercat-previous-${dead}`, '.powercat-output'), '');
    writeFileSync(join(dir, `site.powercat-previous-${dead}`, 'index.html'), 'the previous site');
    mkdirSync(join(dir, `site.powercat-site-${dead}-0123abcd`));
    mkdirSync(join(dir, `site.powercat-staging-${dead}`));
    mkdirSync(join(temporaryOfRun, `powercat-chromium-${dead}-AbC123`, 'Default'), { recursive: true });
    const broken = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nbogus: 1\n' });
    const result = runCli(['build', broken, '--out', join(dir, 'site')], { env: { TMPDIR: temporaryOfRun } });
    expect(result.code, result.stderr).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['site', 'tmp']);
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toBe('the previous site');
    expect(readdirSync(temporaryOfRun)).toEqual([]);
  }, 60_000);
});
