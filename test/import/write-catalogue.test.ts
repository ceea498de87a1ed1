import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCatalogueFolder } from '../../src/import/write-catalogue.js';

describe('the catalogue folder is written whole or not at all', { timeout: 60_000 }, () => {
  it('a write that fails half way leaves the folder as it was, and nothing beside it', () => {
    const parent = mkdtempSync(join(tmpdir(), 'powercat-import-write-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'powercat.yaml'), 'the previous import\n');
    const files = new Map([
      ['powercat.yaml', 'kind: Catalogue\n'],
      ['departments/a.yaml', 'kind: Department\n'],
      [`powers/${'x'.repeat(300)}.yaml`, 'a name no file system takes\n'],
    ]);
    expect(() => writeCatalogueFolder(out, files)).toThrow(/ENAMETOOLONG/);
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readdirSync(out)).toEqual(['powercat.yaml']);
    expect(readFileSync(join(out, 'powercat.yaml'), 'utf8')).toBe('the previous import\n');
  });

  it('a write that succeeds replaces the folder as a whole', () => {
    const parent = mkdtempSync(join(tmpdir(), 'powercat-import-write-'));
    const out = join(parent, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'old.yaml'), 'old\n');
    writeCatalogueFolder(out, new Map([['powers/a.yaml', 'kind: Power\n']]));
    expect(readdirSync(parent)).toEqual(['out']);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['powers', 'powers/a.yaml']);
  });
});
