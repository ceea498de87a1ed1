import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCatalogue } from '../bench/generate.js';
import { lint } from '../src/lint/run-lint.js';
import { REPO, runCli } from './helpers/catalogue.js';

/*
 * --cache: a re-lint reads only the files that changed and reuses the rest, down to the catalogue
 * rules' findings when their input is unchanged; whatever the edits, the report must be the one a
 * lint without cache gives.
 */

let base: string;
beforeAll(() => {
  base = join(mkdtempSync(join(tmpdir(), 'powercat-cache-base-')), 'catalogue');
  generateCatalogue({ powers: 60, out: base, seed: 3, findings: 12, findingFiles: 6 });
}, 60_000);

function yamlFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(root, join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []))
    .sort();
}

/** The files the generator put findings into, as long as they are still there. */
function withFindings(root: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, '.powercat-bench-findings.json'), 'utf8')) as { findings: { file: string }[] };
  return [...new Set(manifest.findings.map((f) => f.file))].filter((file) => existsSync(join(root, file))).sort();
}

async function report(root: string, cacheDir?: string) {
  const result = await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {}, cacheDir });
  return { report: result.report, notes: result.notes };
}

/** A copy of the base catalogue with its own cache folder, and a cached lint of it with --debug: its notes. */
function copyWithCache() {
  const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
  const root = join(work, 'catalogue');
  const cacheDir = join(work, 'cache');
  cpSync(base, root, { recursive: true });
  const debug = async () => (await lint({ paths: [root], cwd: root, lang: 'en', ruleOverrides: new Map(), env: {}, cacheDir, debug: true })).notes.map((note) => note.en);
  return { root, cacheDir, debug };
}

type Edit = (root: string, file: string, other: string, n: number) => void;

const firstLine = (text: string, key: string) => text.split('\n').find((l) => l.startsWith(`${key}: `));
const rewrite = (root: string, file: string, change: (text: string) => string) => {
  const path = join(root, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};

/** Edits a clerk (or an accident) makes; each keeps the catalogue a folder powercat can lint. */
const EDITS: Record<string, Edit> = {
  'take the code of another file': (root, file, other) => {
    const code = firstLine(readFileSync(join(root, other), 'utf8'), 'code');
    if (code) rewrite(root, file, (t) => t.replace(/^code: .*$/m, code));
  },
  'rename a power': (root, file, _other, n) => rewrite(root, file, (t) => t.replace(/^name: (.*)$/m, `name: $1${n}`)),
  'take the name of another file': (root, file, other) => {
    const name = firstLine(readFileSync(join(root, other), 'utf8'), 'name');
    if (name) rewrite(root, file, (t) => t.replace(/^name: .*$/m, name));
  },
  'supersede the code of another file': (root, file, other) => {
    const code = firstLine(readFileSync(join(root, other), 'utf8'), 'code');
    if (code) rewrite(root, file, (t) => t.replace(/^name: (.*)$/m, `name: $1\nsupersedes: [${code.slice('code: '.length)}]`));
  },
  'share it with the department of another file': (root, file, other) => {
    const department = firstLine(readFileSync(join(root, other), 'utf8'), 'department');
    if (department) rewrite(root, file, (t) => t.replace(/^name: (.*)$/m, `name: $1\njointWith: [${department.slice('department: '.length)}]`));
  },
  'shift every line down': (root, file) => rewrite(root, file, (t) => `# 注释\n${t}`),
  'change a basis title': (root, file, _other, n) => rewrite(root, file, (t) => t.replace(/title: /, `title: 第${n}版`)),
  'name an unknown department': (root, file) => rewrite(root, file, (t) => t.replace(/^department: .*$/m, 'department: nosuch')),
  'break the YAML': (root, file) => rewrite(root, file, (t) => `${t}\n: : [\n`),
  'make it binary': (root, file) => writeFileSync(join(root, file), Buffer.from([0x6b, 0x00, 0x01])),
  'write the same bytes again': (root, file) => rewrite(root, file, (t) => t),
  'delete it': (root, file) => {
    if (file !== 'powercat.yaml') unlinkSync(join(root, file));
  },
  'copy it to a new file': (root, file, _other, n) => {
    if (file !== 'powercat.yaml') cpSync(join(root, file), join(root, `powers/copy-${n}.yaml`));
  },
};

describe('lint --cache', () => {
  it('reports exactly what a lint without cache reports, after any sequence of edits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...Object.keys(EDITS)), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }),
        async (steps) => {
          const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
          const root = join(work, 'catalogue');
          const cacheDir = join(work, 'cache');
          try {
            cpSync(base, root, { recursive: true });
            await report(root, cacheDir);
            for (const [n, [edit, a, b]] of steps.entries()) {
              // Files with findings are picked more often: edits there move findings of every kind.
              const files = [...yamlFiles(root), ...withFindings(root), ...withFindings(root), ...withFindings(root)];
              EDITS[edit]!(root, files[a % files.length]!, files[b % files.length]!, n);
              const cached = await report(root, cacheDir);
              expect(cached.notes).toEqual([]);
              expect(cached.report).toEqual((await report(root)).report);
            }
          } finally {
            rmSync(work, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);

  it('runs the catalogue rules again only where an edit can move their findings, and says so with --debug', async () => {
    const { root, cacheDir, debug } = copyWithCache();
    expect(await debug()).toEqual([expect.stringMatching(/^lint cache: \d+ of \d+ files read again; the catalogue rules run again on the whole catalogue$/)]);
    // Files with a basis title, whose first document is a power with a name and a department.
    const powers = yamlFiles(join(root, 'powers'))
      .map((file) => `powers/${file}`)
      .filter((file) => /^kind: Power\n(?:.*\n)*?name: [^]*^department: [^]*title: /m.test(readFileSync(join(root, file), 'utf8')));
    EDITS['take the name of another file']!(root, powers[0]!, powers[1]!, 0);
    const notes = await debug();
    expect(notes).toEqual([expect.stringMatching(/^lint cache: 1 of \d+ files read again(?:, \d+ more hashed \(their times changed, their bytes did not\))?; catalogue rules .*name-duplicate.* run again on \d+ files, the rest from the cache$/)]);
    // Beside the departments and processes, the edited file and the one whose name it took.
    const files = yamlFiles(root).filter((file) => !file.startsWith('powers/')).length;
    expect(Number(/on (\d+) files/.exec(notes[0]!)![1])).toBeLessThanOrEqual(files + 3);
    expect((await report(root, cacheDir)).report).toEqual((await report(root)).report);
    EDITS['change a basis title']!(root, powers[0]!, powers[1]!, 1);
    expect(await debug()).toEqual([expect.stringMatching(/^lint cache: 1 of \d+ files read again(?:, \d+ more hashed \(their times changed, their bytes did not\))?; the catalogue rules' findings all from the cache$/)]);
    EDITS['name an unknown department']!(root, powers[0]!, powers[1]!, 2);
    // power-concentration counts a department's powers: it has no part to run again on.
    expect(await debug()).toEqual([expect.stringMatching(/the catalogue rules run again on the whole catalogue$/)]);
  }, 60_000);

  it('runs every catalogue rule again when the index is not the one the cached findings go with (a lint stopped before it wrote them)', async () => {
    const { root, cacheDir, debug } = copyWithCache();
    await debug();
    const catalogueFile = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.catalogue.json'))!);
    const findings = readFileSync(catalogueFile);
    const powers = yamlFiles(join(root, 'powers')).map((file) => `powers/${file}`);
    EDITS['take the code of another file']!(root, powers[0]!, powers[1]!, 0);
    await debug();
    // As if that lint had stopped after it wrote the index, before the findings: they are those of the first lint.
    writeFileSync(catalogueFile, findings);
    EDITS['rename a power']!(root, powers[2]!, powers[0]!, 1);
    expect(await debug()).toEqual([expect.stringMatching(/the catalogue rules run again on the whole catalogue$/)]);
    expect((await report(root, cacheDir)).report).toEqual((await report(root)).report);
  }, 60_000);

  it('runs every catalogue rule again when the parts or values file does not say what the index says, and reports as without cache', async () => {
    for (const damaged of ['.parts.jsonl', '.values.jsonl']) {
      const { root, cacheDir, debug } = copyWithCache();
      await debug();
      const file = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith(damaged))!);
      const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
      // Same length, same header: every line's bytes after its first few are garbled.
      writeFileSync(file, [header, ...lines.map((line) => line.slice(0, 5) + 'x'.repeat(Math.max(0, line.length - 5)))].join('\n'));
      const powers = yamlFiles(join(root, 'powers')).map((path) => `powers/${path}`);
      EDITS['rename a power']!(root, powers[0]!, powers[1]!, 0);
      expect(await debug()).toEqual([expect.stringMatching(/the catalogue rules run again on the whole catalogue$/)]);
      expect((await report(root, cacheDir)).report).toEqual((await report(root)).report);
    }
  }, 60_000);

  it('reuses what it can: files untouched for a while are not read again, and their findings stay', async () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
    const root = join(work, 'catalogue');
    cpSync(base, root, { recursive: true });
    const cold = await report(root, join(work, 'cache'));
    // Stamps taken within 2 s of a change are hashed again; after that, the stamp alone says "unchanged".
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await report(root, join(work, 'cache'));
    expect((await report(root, join(work, 'cache'))).report).toEqual(cold.report);
    EDITS['take the code of another file']!(root, 'powers/' + yamlFiles(join(root, 'powers'))[0], 'powers/' + yamlFiles(join(root, 'powers'))[1], 0);
    expect((await report(root, join(work, 'cache'))).report).toEqual((await report(root)).report);
  }, 60_000);

  it('reads its index back whatever the paths hold (quotes, backslashes, CJK): once stamped, nothing is read or written again', async () => {
    const { root, cacheDir, debug } = copyWithCache();
    const power = 'powers/' + yamlFiles(join(root, 'powers'))[0];
    // Copies of a power: their duplicate codes put findings into their index lines too.
    for (const name of ['引号"名.yaml', 'back\\slash.yaml', '中文 路径.yaml']) cpSync(join(root, power), join(root, 'powers', name));
    await debug();
    // Stamps taken within 2 s of a change are hashed again (and written anew); after that, the stamp alone says "unchanged".
    await new Promise((resolve) => setTimeout(resolve, 2100));
    await debug();
    const index = join(cacheDir, readdirSync(cacheDir).find((f) => f.endsWith('.index.jsonl'))!);
    const stamped = readFileSync(index, 'utf8');
    expect(stamped).toContain(JSON.stringify('powers/引号"名.yaml'));
    expect(stamped).toContain(JSON.stringify('powers/back\\slash.yaml'));
    expect(await debug()).toEqual([expect.stringMatching(/^lint cache: 0 of \d+ files read again; the catalogue rules' findings all from the cache$/)]);
    expect(readFileSync(index, 'utf8')).toBe(stamped);
    const cached = await report(root, cacheDir);
    expect(cached.report.diagnostics.some((d) => d.file === 'powers/引号"名.yaml')).toBe(true);
    expect(cached.report).toEqual((await report(root)).report);
  }, 60_000);

  it('with threads (--jobs 2), stamps the files in a thread of their own, and reports what a lint without cache reports', async () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-threads-'));
    const root = join(work, 'catalogue');
    cpSync(base, root, { recursive: true });
    const cached = (...debug: string[]) => runCli(['lint', root, '--lang', 'en', '--format', 'json', '--jobs', '2', '--cache-location', join(work, 'cache'), ...debug]);
    const uncached = () => runCli(['lint', root, '--lang', 'en', '--format', 'json', '--jobs', '1']);
    const ending = ({ code, stdout, stderr }: { code: number | null; stdout: string; stderr: string }) => ({ code, stdout, stderr });
    cached();
    await new Promise((resolve) => setTimeout(resolve, 2100));
    cached();
    const index = join(work, 'cache', readdirSync(join(work, 'cache')).find((f) => f.endsWith('.index.jsonl'))!);
    const stamped = readFileSync(index, 'utf8');
    const expected = ending(uncached());
    const again = cached('--debug');
    expect({ ...ending(again), stderr: '' }).toEqual(expected);
    // Every stamp the thread took was the one in the index: no file was read or hashed again, no line added.
    expect(again.stderr).toMatch(/^powercat: lint cache: 0 of \d+ files read again; the catalogue rules' findings all from the cache$/m);
    expect(readFileSync(index, 'utf8')).toBe(stamped);
    const powers = yamlFiles(join(root, 'powers')).map((file) => `powers/${file}`);
    for (const [n, edit] of ['rename a power', 'take the code of another file', 'delete it', 'copy it to a new file', 'write the same bytes again'].entries()) {
      EDITS[edit]!(root, powers[n]!, powers[n + 1]!, n);
      expect(ending(cached()), edit).toEqual(ending(uncached()));
    }
  }, 120_000);

  it('reads the upstream lists afresh: an upstream list changed between two cached lints changes the findings as without cache', async () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-upstream-'));
    const root = join(work, 'county');
    const cacheDir = join(work, 'cache');
    cpSync(join(REPO, 'examples/county'), root, { recursive: true });
    const before = await report(root, cacheDir);
    expect(before.report.diagnostics).toEqual([]);
    // The version last reconciled with (previous) had other names: every linked item has changed since.
    const previous = join(root, 'upstream/dongling-2025-12.json');
    const list = JSON.parse(readFileSync(previous, 'utf8')) as { powers: { name: string }[] };
    for (const power of list.powers) power.name = `${power.name}（旧称）`;
    writeFileSync(previous, JSON.stringify(list));
    const cached = await report(root, cacheDir);
    expect(cached.report.diagnostics.map((d) => d.rule)).toContain('upstream-changed');
    expect(cached.report).toEqual((await report(root)).report);
  }, 60_000);

  it('keeps out of the cache the files whose values JSON cannot carry (NaN, ±Infinity, -0), and reports the same', async () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
    const root = join(work, 'catalogue');
    cpSync(base, root, { recursive: true });
    const power = 'powers/' + yamlFiles(join(root, 'powers'))[0];
    rewrite(root, power, (t) => t.replace(/^code: .*$/m, 'code: -0\njointWith: [.nan, -.inf]'));
    const cold = await report(root);
    expect(cold.report.diagnostics.some((d) => d.file === power)).toBe(true);
    expect((await report(root, join(work, 'cache'))).report).toEqual(cold.report);
    expect((await report(root, join(work, 'cache'))).report).toEqual(cold.report);
    const index = readdirSync(join(work, 'cache')).find((f) => f.endsWith('.index.jsonl'))!;
    expect(readFileSync(join(work, 'cache', index), 'utf8')).not.toContain(JSON.stringify(power));
  }, 60_000);

  it('tells a negative zero from a hyphen before a zero (dept-0001), wherever YAML reads one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
    const root = join(work, 'catalogue');
    cpSync(base, root, { recursive: true });
    const power = 'powers/' + yamlFiles(join(root, 'powers'))[0];
    const original = readFileSync(join(root, power), 'utf8');
    const indexed = () => readFileSync(join(work, 'cache', readdirSync(join(work, 'cache')).find((f) => f.endsWith('.index.jsonl'))!), 'utf8');
    for (const written of ['code: -0', 'code:   -.0 # 注释', 'jointWith: [1,-0.0]', 'jointWith: {"a":-0}', 'jointWith:\n  - -0e5', 'code: -1e-400']) {
      writeFileSync(join(root, power), original.replace(/^code: .*$/m, written));
      const cold = await report(root);
      expect((await report(root, join(work, 'cache'))).report, written).toEqual(cold.report);
      expect(indexed(), written).not.toContain(JSON.stringify(power));
    }
    writeFileSync(join(root, power), original.replace(/^code: .*$/m, 'code: dept-0001'));
    await report(root, join(work, 'cache'));
    expect(indexed()).toContain(JSON.stringify(power));
  }, 120_000);

  it('ignores a corrupt or foreign cache file with a note, and writes it afresh', () => {
    const work = mkdtempSync(join(tmpdir(), 'powercat-cache-'));
    const cacheDir = join(work, 'cache');
    const args = ['lint', base, '--lang', 'en', '--format', 'json', '--cache-location', cacheDir];
    const expected = runCli(args).stdout;
    const [index] = readdirSync(cacheDir).filter((f) => f.endsWith('.index.jsonl'));
    for (const damage of ['{"format":"powercat-lint-cache","version":1,"key":', '{"format":"eslint-cache"}\n', '\u0000\u0001garbage']) {
      writeFileSync(join(cacheDir, index!), damage);
      const run = runCli(args);
      expect(run.stdout).toBe(expected);
      expect(run.stderr).toMatch(/^powercat: ignored the lint cache .*; it is written afresh$/m);
      const again = runCli(args);
      expect(again.stderr).toBe('');
      expect(again.stdout).toBe(expected);
    }
  }, 120_000);

  it('lives under $XDG_CACHE_HOME/powercat/lint by default', () => {
    const home = mkdtempSync(join(tmpdir(), 'powercat-xdg-'));
    const run = runCli(['lint', base, '--cache'], { env: { XDG_CACHE_HOME: home } });
    expect(run.code).toBe(1);
    expect(readdirSync(join(home, 'powercat', 'lint')).some((f) => f.endsWith('.index.jsonl'))).toBe(true);
    expect(existsSync(join(base, '.powercat-cache'))).toBe(false);
  }, 60_000);
});
