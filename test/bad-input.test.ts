import { mkdirSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint/run-lint.js';
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

describe('bad input gets a located error, never a crash', { timeout: 60_000 }, () => {
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

  it('UTF-16 names the encoding and the conversion', async () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'kind: Power\n'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(await only({ 'powers/u.yaml': utf16 })).toEqual([
      { where: 'yaml-syntax powers/u.yaml:1:1', message: expect.stringContaining('the file is UTF-16; save it as UTF-8') },
    ]);
  });

  it('bytes that are neither UTF-8 nor GB18030 point at the first bad byte', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('kind: Power\nname: '), 0xe9, 0x0a]);
    expect(await only({ 'powers/l.yaml': latin1 })).toEqual([
      { where: 'yaml-syntax powers/l.yaml:2:7', message: expect.stringContaining('is not valid UTF-8 (invalid bytes here)') },
    ]);
  });

  it('a powercat.yaml without a Catalogue document', async () => {
    expect(await only({ 'powercat.yaml': 'kind: Department\nid: scjgj\nname: 青水县市场监督管理局\n' })).toEqual([
      { where: 'schema powercat.yaml:1:1', message: 'powercat.yaml must hold a kind: Catalogue document' },
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
    // at the bracket that is never closed, not where the parser noticed (3:1)
    expect(finding?.where).toMatch(/^yaml-syntax powers\/p\.yaml:2:7$/);
  });
});

describe('unreadable paths', { timeout: 60_000 }, () => {
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

describe('aliases', { timeout: 60_000 }, () => {
  /** A lint-clean power whose basis article is anchored and repeated by `copies` responsibilities. */
  async function repeated(anchorLength: number, copies: number, catalogueRules = '') {
    const { CATALOGUE, DEPARTMENT, power } = await import('./helpers/fixtures.js');
    const text = power()
      .replace('article: 第一百二十二条', `article: &article 第一百二十二条${'很'.repeat(anchorLength)}`)
      .replace('responsibilities:\n', 'responsibilities:\n' + '  - {stage: 立案, text: *article}\n'.repeat(copies));
    return makeCatalogue({ 'powercat.yaml': CATALOGUE + catalogueRules, 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': text });
  }

  it('one anchor repeated past maxAliasExpansion characters is refused at the alias that passes it', async () => {
    const found = await lintRoot(await repeated(20_000, 60));
    expect(found.map(brief)).toEqual(['yaml-syntax powers/a.yaml:61:23']); // the 50th alias: 50 × 20,007 > 1,000,000
    expect(found[0]!.message).toBe(
      'aliases here expand to more than the limit of 1000000 characters, which looks like a resource-exhaustion attack; write the content out, or raise the limit in powercat.yaml: rules: {yaml-syntax: {level: error, options: {maxAliasExpansion: …}}}',
    );
    expect(await lintRoot(await repeated(20_000, 49))).toEqual([]);
    expect(await lintRoot(await repeated(20_000, 60, 'rules:\n  yaml-syntax: {level: error, options: {maxAliasExpansion: 2000000}}\n'))).toEqual([]);
  }, 60_000);

  it('the 6 MB case: one anchor aliased 99 times is one finding, and lint neither crashes nor grows', async () => {
    const found = await lintRoot(await repeated(2_000_000, 99));
    expect(found.map(brief)).toEqual(['yaml-syntax powers/a.yaml:12:23']);
  }, 60_000);

  it('an alias inside the node its anchor names is refused (it would expand for ever)', async () => {
    const found = await lintFiles(makeCatalogue({ 'powers/a.yaml': 'kind: Power\nnote: &loop [1, [2, *loop]]\n' }));
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'yaml-syntax powers/a.yaml:2:21 the alias *loop stands inside the node its anchor &loop names, so it would expand for ever; write the content out',
    ]);
  });

  it('an alias to an anchor of another document is a located parse error, not an "attack"', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': 'kind: Power\nname: &n 名称\n---\nkind: Power\nname: *n\n' });
    const diagnostics = await lintFiles(root);
    expect(diagnostics.map(brief)).toContain('yaml-syntax powers/a.yaml:5:7');
    expect(diagnostics.find((d) => d.rule === 'yaml-syntax')?.message).toBe('a value starting with "*" is a YAML alias, and there is no anchor "n" (&n): if it is text, quote it, e.g. "*n"');
  });
});

describe('text of only blanks is a finding, not a crash later', { timeout: 60_000 }, () => {
  it('a step name or branch label of spaces or U+3000, and a blank power name, are schema findings at the value', async () => {
    const { CATALOGUE, DEPARTMENT, power } = await import('./helpers/fixtures.js');
    const template = [
      'kind: Process',
      'id: t',
      'name: 模板',
      'view: external',
      'steps:',
      "  - {id: a, name: '   ', type: start, next: b}",
      "  - {id: b, name: 判断, type: decision, next: [{to: c, label: '\u3000\u3000'}, {to: c, label: 否}]}",
      '  - {id: c, name: "\\t\\n", type: end}',
      "  - {id: d, name: '', type: end}",
      '',
    ].join('\n');
    const root = makeCatalogue({
      'powercat.yaml': CATALOGUE,
      'departments/scjgj.yaml': DEPARTMENT,
      'processes/t.yaml': template,
      'powers/a.yaml': power('000231001000', "' \u3000 '"),
    });
    const found = await lintRoot(root, { only: ['schema'] });
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'schema powers/a.yaml:3:7 "name" holds only blanks (spaces, ideographic spaces or line breaks); write what it should say',
      'schema processes/t.yaml:6:19 "steps[0].name" holds only blanks (spaces, ideographic spaces or line breaks); write what it should say',
      'schema processes/t.yaml:7:61 "steps[1].next[0].label" holds only blanks (spaces, ideographic spaces or line breaks); write what it should say',
      'schema processes/t.yaml:8:19 "steps[2].name" holds only blanks (spaces, ideographic spaces or line breaks); write what it should say',
      'schema processes/t.yaml:9:19 "steps[3].name" must not be empty',
    ]);
  }, 30_000);
});

describe('YAML tags outside the core schema', { timeout: 60_000 }, () => {
  it('are refused where they stand, each with what to write instead', async () => {
    const text = [
      'kind: Power',
      'code: !!binary MDAwMjMxMDAxMDAw',
      'effective: !!timestamp 2024-01-01',
      'serviceObjects: !!set {enterprise, natural-person}',
      'basis: !!omap [{level: law}]',
      'fees: !!pairs [{a: 1}]',
      'name: !!python/object:os.system x',
      'note: !!str 12',
      '',
    ].join('\n');
    const found = await lintFiles(makeCatalogue({ 'powers/a.yaml': text }));
    expect(found.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:7 the YAML tag !!binary (binary data) is not supported: a catalogue holds text; remove the tag and the binary content',
      '3:12 the YAML tag !!timestamp is not part of the YAML 1.2 core schema and is not supported; write a date as plain text, e.g. 2024-01-01 (no tag)',
      '4:17 the YAML tag !!set is not part of the YAML 1.2 core schema and is not supported; remove it and write a mapping (key: value) or a list (- item)',
      '5:8 the YAML tag !!omap is not part of the YAML 1.2 core schema and is not supported; remove it and write a mapping (key: value) or a list (- item)',
      '6:7 the YAML tag !!pairs is not part of the YAML 1.2 core schema and is not supported; remove it and write a mapping (key: value) or a list (- item)',
      '7:7 unknown YAML tag !!python/object:os.system; remove the tag and write the plain value',
    ]);
  });
});

describe('line ends', { timeout: 60_000 }, () => {
  it('CR-only line ends keep lines and columns right, in the report and the code frame', async () => {
    const cr = (POWER + 'type2: x\n').replace(/\n/g, '\r');
    const root = makeCatalogue({ 'powers/cr.yaml': cr });
    const diagnostics = await lintFiles(root);
    expect(diagnostics.map((d) => [brief(d), d.endLine, d.endColumn])).toEqual([['schema powers/cr.yaml:6:1', 6, 6]]);
    const { stdout } = runCli(['lint', root, '-f', 'codeframe', '--rule', 'supervision-contact=off', '--lang', 'en'], { cwd: root });
    expect(stdout).toContain(['  4 | type: penalty', '  5 | department: scjgj', '> 6 | type2: x', '    | ^^^^^'].join('\n'));
  }, 30_000);

  it('a lone CR in an undecodable file still counts as a line break', async () => {
    const bytes = Uint8Array.from([...Buffer.from('kind: Power\rname: '), 0xff, 0x0d]);
    expect((await only({ 'powers/b.yaml': bytes })).map((f) => f.where)).toEqual(['yaml-syntax powers/b.yaml:2:7']);
  });
});

describe('documents per file', { timeout: 60_000 }, () => {
  it('more than maxDocuments (5,000 by default): the rest are not read, with one finding where they begin', async () => {
    const doc = (i: number) => `kind: Power\ncode: "${String(i).padStart(12, '0')}"\n`;
    const text = Array.from({ length: 5_003 }, (_, i) => doc(i)).join('---\n');
    const { report } = await lint({ paths: [makeCatalogue({ 'powers/many.yaml': text })], cwd: '/', lang: 'en', ruleOverrides: new Map(), env: {} });
    expect(report.summary.documents).toBe(5_001);
    const found = report.diagnostics.filter((d) => d.rule === 'yaml-syntax').map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(found).toEqual([
      '15001:1 the file holds 5003 documents (separated by ---), more than the limit of 5000, so those from here on were neither read nor checked; split it into several files, or raise the limit in powercat.yaml: rules: {yaml-syntax: {level: error, options: {maxDocuments: …}}}',
    ]);
    const raised = makeCatalogue({ 'powercat.yaml': 'kind: Catalogue\nid: t\nname: 测试\nrules:\n  yaml-syntax: {level: error, options: {maxDocuments: 5003}}\n', 'powers/many.yaml': text });
    expect(await lintRoot(raised, { only: ['yaml-syntax'] })).toEqual([]);
  }, 60_000);
});
