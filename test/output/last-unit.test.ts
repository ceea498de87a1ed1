import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutput, type OutputUnit, type WrittenFiles } from '../../src/output/output-dir.js';

const temp = () => mkdtempSync(join(tmpdir(), 'powercat-last-'));

describe('a unit made from the others (last: true)', { timeout: 60_000 }, () => {
  it('is produced after every other unit, whatever its place, sees their files (reused ones too), and is never reused', async () => {
    const out = join(temp(), 'site');
    const state = temp();
    const seen: string[][] = [];
    const summary: OutputUnit = {
      name: 'summary',
      key: 'never reused',
      group: 'test',
      last: true,
      produce: ({ dir, paths }: WrittenFiles) => {
        seen.push([...paths]);
        return new Map([['summary.txt', paths.map((path) => `${path}=${readFileSync(join(dir, path), 'utf8')}`).join('\n')]]);
      },
    };
    const page = (name: string, content: string): OutputUnit => ({ name, key: content, group: 'test', produce: () => new Map([[`${name}.txt`, content]]) });
    await writeOutput(out, [summary, page('a', 'A'), page('b', 'B')], { stateDir: state });
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toBe('a.txt=A\nb.txt=B');
    const stats = await writeOutput(out, [summary, page('a', 'A'), page('b', 'B2')], { stateDir: state });
    expect(stats).toMatchObject({ produced: 2, reused: 1 });
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toBe('a.txt=A\nb.txt=B2');
    expect(seen).toEqual([
      ['a.txt', 'b.txt'],
      ['a.txt', 'b.txt'],
    ]);
  });
});
