import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/load/read-file.js';

describe('readSourceFile', () => {
  it('turns a file it cannot read into an unreadable problem with the reason, never a throw', () => {
    // Found when the folder was listed, gone when it is read (or refused by the system).
    const gone = join(mkdtempSync(join(tmpdir(), 'powercat-read-')), 'gone.yaml');
    expect(readSourceFile(gone, 1024).problems).toEqual([{ messageId: 'unreadable', data: { reason: 'ENOENT' }, span: { line: 1, column: 1, endLine: 1, endColumn: 2 } }]);
  });
});
