import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/util/write-atomic.js';

describe('writeFileAtomic', () => {
  it('writes text, bytes, or bytes in pieces in place of the file, and leaves nothing beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'powercat-atomic-'));
    const file = join(dir, 'index.jsonl');
    writeFileSync(file, 'old content, longer than the new one\n');
    writeFileAtomic(file, [Buffer.from('["甲",1]\n'), new Uint8Array(), Buffer.from('x'.repeat(70_000)), Buffer.from('\n')]);
    expect(readFileSync(file, 'utf8')).toBe(`["甲",1]\n${'x'.repeat(70_000)}\n`);
    writeFileAtomic(file, '文本');
    expect(readFileSync(file, 'utf8')).toBe('文本');
    writeFileAtomic(file, Buffer.from('bytes'));
    expect(readFileSync(file, 'utf8')).toBe('bytes');
    expect(readdirSync(dir)).toEqual(['index.jsonl']);
  });
});
