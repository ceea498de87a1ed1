import { mkdirSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, lintRoot, makeCatalogue, runCli } from './helpers/catalogue.js';

const POWER = 'kind: Power\ncode: "000131001000"\nname: 对无证经营的处罚\ntype: penalty\ndepartment: scjgj\n';

/** These tests are about reading files; the catalogue rules' findings on the bare fixtures are beside the point. */
async function lintFiles(root: string) {
  return lintRoot(root, { only: ['yaml-syntax', 'schema'] });
}

async function only(files: Record<string, string | Uint8Array | null>) {
  const diagnostics = await lintFiles(makeCatalogue(files));
  return diagnostics.map((d) => ({ where: brief(d), message: d.message }));
}

describe('bad input gets a located error, never a crash', () => {
  it('an empty file', async () => {
    expect(await only({ 'powers/empty.yaml': '' })).toEqual([
      { where: 'schema powers/empty.yaml:1:1', message: expect.stringContaining('holds no document') },
    ]);
  });

  it('a file of only comments', async () => {
    expect(await only({ 'powers/c.yaml': '# 待补充\n# TODO\n' })).toEqual([
      { where: 'schema powers/c.yaml:1:1', message: expect.stringContaining('holds no document') },
    ]);
  });

  it('binary bytes', async () => {
    const bytes = Uint8Array.from([0x6b, 0x3a, 0x20, 0x0a, 0x89, 0x50, 0x00, 0x01]);
    expect(await only({ 'powers/b.yaml': bytes })).toEqual([
      { where: 'yaml-syntax powers/b.yaml:2:3', message: expect.stringContaining('binary file') },
    ]);
  });

  it('GBK-encoded Chinese names the encoding and the conversion', async () => {
    // "kind: Power\nname: 清水县" in GBK
    const gbk = Uint8Array.from([...Buffer.from('kind: Power\nname: '), 0xc7, 0xe5, 0xcb, 0xae, 0xcf, 0xd8, 0x0a]);
    const [finding] = await only({ 'powers/gbk.yaml': gbk });
    expect(finding?.where).toBe('yaml-syntax powers/gbk.yaml:2:7');
    expect(finding?.message).toMatch(/GB18030\/GBK.*iconv -f GB18030 -t UTF-8/);
  });

  it('a BOM is accepted and does not shift columns', async () => {
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/bom.yaml': '\uFEFF' + POWER + 'bogus: 1\n' }));
    expect(diagnostics.map(brief)).toEqual(['schema powers/bom.yaml:6:1']);
  });

  it('CRLF line ends keep lines and columns right', async () => {
    const crlf = (POWER + 'type2: x\n').replace(/\n/g, '\r\n');
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/crlf.yaml': crlf }));
    expect(diagnostics.map((d) => [brief(d), d.endLine, d.endColumn])).toEqual([['schema powers/crlf.yaml:6:1', 6, 6]]);
  });

  it('duplicate keys point at the second key', async () => {
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/dup.yaml': POWER + 'name: 又一个名字\n' }));
    expect(diagnostics.map(brief)).toEqual(['yaml-syntax powers/dup.yaml:6:1']);
    expect(diagnostics[0]?.message).toContain('duplicate key');
  });

  it('an alias bomb is stopped at the first alias', async () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) {
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/bomb.yaml': 'kind: Power\n' + rows.join('\n') + '\n' }));
    expect(diagnostics.map(brief)).toEqual(['yaml-syntax powers/bomb.yaml:3:8']);
    expect(diagnostics[0]?.message).toContain('too many alias expansions');
  });

  it('1,000-deep nesting', async () => {
    const deep = 'kind: Power\nnote: ' + '['.repeat(1000) + ']'.repeat(1000) + '\n';
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/deep.yaml': deep }));
    expect(diagnostics.map((d) => d.rule)).toEqual(['yaml-syntax']);
    expect(diagnostics[0]?.line).toBe(2);
    expect(diagnostics[0]?.message).toContain('nesting is too deep');
  });

  it('a 50 MB file is refused at line 1 with the limit and how to raise it', async () => {
    const root = makeCatalogue({});
    mkdirSync(join(root, 'powers'));
    const fd = openSync(join(root, 'powers/huge.yaml'), 'w');
    const chunk = Buffer.from('- 对某某违法行为的处罚，依据某某条例第某条。\n'.repeat(20000));
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
    const diagnostics = await lintFiles(root);
    expect(diagnostics.map(brief)).toEqual(['yaml-syntax powers/huge.yaml:1:1']);
    expect(diagnostics[0]?.message).toMatch(/file too large \(50\.\d MB, limit 10 MB\).*maxFileSizeMB/);
  });

  it('the size limit is configurable', async () => {
    const root = makeCatalogue({
      'powercat.yaml': 'kind: Catalogue\nid: t\nname: 测试\nrules:\n  yaml-syntax: {level: error, options: {maxFileSizeMB: 0.00001}}\n',
      'powers/a.yaml': POWER,
    });
    expect((await lintFiles(root)).map(brief)).toEqual(['yaml-syntax powers/a.yaml:1:1']);
  });

  it('an unknown kind suggests the right one', async () => {
    const diagnostics = await lintFiles(makeCatalogue({ 'powers/k.yaml': POWER.replace('kind: Power', 'kind: Powers') }));
    expect(diagnostics.map((d) => [brief(d), d.message])).toEqual([
      ['schema powers/k.yaml:1:7', 'unknown kind "Powers"; did you mean "Power"?'],
    ]);
  });

  it('a folder with no powercat.yaml exits 2 with a how-to', () => {
    const root = makeCatalogue({ 'powercat.yaml': null, 'powers/a.yaml': POWER });
    const result = runCli(['lint', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no catalogue found for .*no powercat\.yaml.*powercat init/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('a symlink loop under the root is not followed', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': POWER });
    symlinkSync(root, join(root, 'powers/loop'));
    symlinkSync(join(root, 'powers'), join(root, 'powers/loop2'));
    expect(await lintFiles(root)).toEqual([]);
  });

  it('a document that is not a mapping', async () => {
    expect(await only({ 'powers/s.yaml': '- kind: Power\n' })).toEqual([
      { where: 'schema powers/s.yaml:1:1', message: 'a document must be a mapping that starts with kind:, this is a list' },
    ]);
  });

  it('an unparsable line', async () => {
    const [finding] = await only({ 'powers/p.yaml': 'kind: Power\nname: [未闭合\ncode: "1"\n' });
    expect(finding?.where).toMatch(/^yaml-syntax powers\/p\.yaml:3:1$/);
  });
});

describe('unreadable paths', () => {
  it('a path that does not exist exits 2', () => {
    const result = runCli(['lint', '/nonexistent/powercat-catalogue']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no such file or folder');
  }, 60_000);

  it('writes nothing half-done when the report file cannot be written', () => {
    const root = makeCatalogue({ 'powers/a.yaml': POWER });
    writeFileSync(join(root, 'blocker'), '');
    const result = runCli(['lint', root, '-o', join(root, 'blocker/report.json'), '-f', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^powercat: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('aliases', () => {
  it('an alias to an anchor of another document is a located parse error, not an "attack"', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nname: &n 名称\n---\nkind: Power\nname: *n\n' });
    const diagnostics = await lintFiles(root);
    expect(diagnostics.map(brief)).toContain('yaml-syntax powers/a.yaml:5:7');
    expect(diagnostics.find((d) => d.rule === 'yaml-syntax')?.message).toMatch(/Unresolved alias/);
  });
});
