import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput, type OutputUnit } from '../../src/output/output-dir.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-output-'));

/** The id of a process that has ended, as a killed run's would be. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

/** What lies beside the output folder `out` (`site`): itself and what powercat keeps or left there. */
const besideOut = (out: string) => readdirSync(join(out, '..')).sort();

/** A folder as an older powercat, or a killed run of one, left it: a real folder with the marker. */
function oldStyleOutput(dir: string, content: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.powercat-output'), '');
  writeFileSync(join(dir, 'a.txt'), content);
}

/** A unit that counts how often it is produced. */
function unit(name: string, key: string | undefined, content: string, extra: Partial<OutputUnit> = {}) {
  const calls = { produced: 0 };
  const made: OutputUnit = { name, key, group: 'test', produce: () => (calls.produced++, new Map([[`${name}.txt`, content]])), ...extra };
  return { unit: made, calls };
}

describe('writeOutput', { timeout: 60_000 }, () => {
  it('produces a unit again only when its key changed or its file was touched', async () => {
    const out = join(temp(), 'site');
    const state = temp();
    const a = unit('a', 'k1', 'A');
    const b = unit('b', 'k1', 'B');
    expect(await writeOutput(out, [a.unit, b.unit], { stateDir: state })).toMatchObject({ produced: 2, reused: 0 });
    const inode = statSync(join(out, 'a.txt')).ino;

    const b2 = unit('b', 'k2', 'B2');
    expect(await writeOutput(out, [a.unit, b2.unit], { stateDir: state })).toMatchObject({ produced: 1, reused: 1 });
    expect(a.calls.produced).toBe(1);
    expect(statSync(join(out, 'a.txt')).ino).toBe(inode);
    expect(readFileSync(join(out, 'b.txt'), 'utf8')).toBe('B2');

    writeFileSync(join(out, 'a.txt'), 'edited by hand');
    expect(await writeOutput(out, [a.unit, b2.unit], { stateDir: state })).toMatchObject({ produced: 1, reused: 1 });
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('A');
  });

  it('without a state folder, or without a key, always produces', async () => {
    const out = join(temp(), 'site');
    const state = temp();
    const keyless = unit('a', undefined, 'A');
    await writeOutput(out, [keyless.unit], { stateDir: state });
    await writeOutput(out, [keyless.unit], { stateDir: state });
    const keyed = unit('b', 'k', 'B');
    await writeOutput(out, [keyed.unit]);
    await writeOutput(out, [keyed.unit]);
    expect([keyless.calls.produced, keyed.calls.produced]).toEqual([2, 2]);
  });

  it('a failing unit fails the run and leaves the previous output as it was', async () => {
    const out = join(temp(), 'site');
    await writeOutput(out, [unit('a', 'k', 'old').unit]);
    const failing: OutputUnit = { name: 'index', group: 'test', produce: () => Promise.reject(new Error('index failed')) };
    await expect(writeOutput(out, [unit('a', 'k', 'new').unit, failing])).rejects.toThrow('index failed');
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('old');
    expect(besideOut(out)).toEqual(['site', readlinkSync(out)]);
  });

  it('swaps in each new site by replacing a link, and keeps nothing else beside it', async () => {
    const out = join(temp(), 'site');
    await writeOutput(out, [unit('a', 'k', 'first').unit]);
    const first = readlinkSync(out);
    expect(first).toMatch(/^site\.powercat-site-\d+-[0-9a-f]{8}$/);
    await writeOutput(out, [unit('a', 'k', 'second').unit]);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readlinkSync(out)).not.toBe(first);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('second');
    expect(readFileSync(join(out, '.powercat-output'), 'utf8')).toContain('powercat');
    expect(besideOut(out)).toEqual(['site', readlinkSync(out)]);
  });

  it('removes what killed runs left beside the output, and leaves a running build\'s folder alone', async () => {
    const out = join(temp(), 'site');
    await writeOutput(out, [unit('a', 'k', 'A').unit]);
    const dead = endedPid();
    const running = process.ppid;
    const leftovers = [`site.powercat-site-${dead}-0123abcd`, `site.powercat-staging-${dead}`, `site.powercat-previous-${dead}`, `site.powercat-site-${process.pid}-89abcdef`];
    for (const name of [...leftovers, `site.powercat-site-${running}-00000000`]) oldStyleOutput(join(out, '..', name), 'leftover');
    writeFileSync(join(out, '..', `site.powercat-link-${dead}`), '');
    await writeOutput(out, [unit('a', 'k', 'B').unit]);
    expect(besideOut(out)).toEqual(['site', readlinkSync(out), `site.powercat-site-${running}-00000000`].sort());
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('B');
  });

  it("turns an older powercat's output folder into a link, and brings one moved aside by a killed run back", async () => {
    const out = join(temp(), 'site');
    oldStyleOutput(out, 'old');
    await writeOutput(out, [unit('a', 'k', 'new').unit]);
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('new');
    expect(besideOut(out)).toEqual(['site', readlinkSync(out)]);

    // killed between moving the folder aside and linking the new site in: no `site` at all
    const moved = join(temp(), 'site');
    oldStyleOutput(`${moved}.powercat-previous-${endedPid()}`, 'old');
    const failing: OutputUnit = { name: 'index', group: 'test', produce: () => Promise.reject(new Error('index failed')) };
    await expect(writeOutput(moved, [failing])).rejects.toThrow('index failed');
    expect(lstatSync(moved).isDirectory()).toBe(true);
    expect(readFileSync(join(moved, 'a.txt'), 'utf8')).toBe('old');
    expect(besideOut(moved)).toEqual(['site']);
  });
});
