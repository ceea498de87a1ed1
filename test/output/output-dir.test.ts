import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput, type OutputUnit } from '../../src/output/output-dir.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-output-'));

/** A unit that counts how often it is produced. */
function unit(name: string, key: string | undefined, content: string, extra: Partial<OutputUnit> = {}) {
  const calls = { produced: 0 };
  const made: OutputUnit = { name, key, group: 'test', produce: () => (calls.produced++, new Map([[`${name}.txt`, content]])), ...extra };
  return { unit: made, calls };
}

describe('writeOutput', () => {
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
    expect(readdirSync(join(out, '..')).filter((name) => name.includes('powercat-staging'))).toEqual([]);
  });
});
