import { lstatSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeOutput } from '../../src/output/output-dir.js';

// A file system without symbolic links, as FAT (a USB stick) or some network shares.
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof import('node:fs')>()),
  symlinkSync: () => {
    throw Object.assign(new Error('EPERM: operation not permitted, symlink'), { code: 'EPERM' });
  },
}));

describe('writeOutput where links cannot be made', { timeout: 60_000 }, () => {
  it('moves the new site in as a real folder and leaves nothing beside it', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'powercat-output-')), 'site');
    for (const content of ['first', 'second']) {
      await writeOutput(out, [{ name: 'a', key: 'k', group: 'test', produce: () => new Map([['a.txt', content]]) }]);
      expect(lstatSync(out).isDirectory()).toBe(true);
      expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe(content);
      expect(readdirSync(join(out, '..'))).toEqual(['site']);
    }
  });
});
