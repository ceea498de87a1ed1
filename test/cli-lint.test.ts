import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalogue as makeBare, runCli } from './helpers/catalogue.js';
import { runCliHere } from './helpers/cli-in-process.js';
import { DEPARTMENT, power } from './helpers/fixtures.js';

const POWER = power('000231001000');
const BROKEN = POWER + 'remark: 备注\n';
const REMARK_LINE = POWER.split('\n').length;
/** Another power of the same department: another code and another name (one name twice is name-duplicate's finding). */
const OTHER = power('000231002000', '对经营超过保质期食品的处罚');

/** A catalogue that is clean under every rule apart from what a test puts in. */
function makeCatalogue(files: Record<string, string>): string {
  return makeBare({ 'departments/scjgj.yaml': DEPARTMENT, ...files });
}

// Every test here starts the CLI, some several times: on a busy machine that takes seconds.
describe('powercat lint (CLI)', { timeout: 60_000 }, () => {
  it('exits 0 on a clean catalogue and 1 on errors', async () => {
    expect((await runCliHere(['lint', makeCatalogue({ 'powers/a.yaml': POWER })])).code).toBe(0);
    expect((await runCliHere(['lint', makeCatalogue({ 'powers/a.yaml': BROKEN })])).code).toBe(1);
  }, 60_000);

  it('exits 2 on a usage error, without a stack trace', async () => {
    for (const args of [['lint', '--format', 'xml'], ['lint', '--max-warnings', 'many'], ['lint', '--rule', 'nope=off'], ['lint', '--rule', 'schema=loud'], ['frobnicate']]) {
      const result = await runCliHere(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  }, 60_000);

  it('writes the JSON report in exactly the documented shape', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN });
    const result = await runCliHere(['lint', '.', '--format', 'json'], { cwd: root });
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      diagnostics: [
        {
          rule: 'schema',
          severity: 'error',
          message: expect.stringMatching(/^unknown key "remark"; keys allowed here: /),
          file: 'powers/a.yaml',
          line: REMARK_LINE,
          column: 1,
          endLine: REMARK_LINE,
          endColumn: 7,
          pointer: '/remark',
          related: [],
        },
      ],
      summary: { errors: 1, warnings: 0, files: 3, documents: 4 },
    });
  }, 60_000);

  it('prints stylish by default, grouped by file, without colour when not a TTY, $COLUMNS wide', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN, 'powers/b.yaml': POWER.replace('000231001000', '000231002000').replace('type: penalty', 'type: penalti') });
    const { stdout } = await runCliHere(['lint', root], { cwd: root, env: { COLUMNS: '100' } });
    expect(stdout).not.toContain('\u001b[');
    expect(stdout.split('\n')).toEqual([
      'powers/a.yaml',
      expect.stringMatching(new RegExp(`^ {2}${REMARK_LINE}:1 {2}error {2}unknown key "remark"; keys allowed here: .* {2}schema$`)),
      expect.stringMatching(/^ {15}\w.*[^ ]$/),
      expect.stringMatching(/^ {15}\w.*[^ ]$/),
      expect.stringMatching(/^ {15}\w.*[^ ]$/),
      '',
      'powers/b.yaml',
      '  4:7  error  "type" has the invalid value "penalti"; did you mean "penalty"?  schema',
      '',
      '✖ 2 problems (2 errors, 0 warnings; 4 files, 5 documents)',
      '',
    ]);
  }, 60_000);

  it('speaks Chinese unless told otherwise (--lang, catalogue lang, LANG)', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN });
    expect((await runCliHere(['lint', root], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('未知字段「remark」');
    expect((await runCliHere(['lint', root], { env: { LANG: 'C' } })).stdout).toContain('未知字段「remark」');
    expect((await runCliHere(['lint', root], { env: { LANG: 'en_GB.UTF-8' } })).stdout).toContain('unknown key "remark"');
    expect((await runCliHere(['lint', root, '--lang', 'zh-CN'])).stdout).toContain('✖ 1 个问题（1 个错误，0 个警告；3 个文件，4 个文档）');
    const english = makeCatalogue({ 'powercat.yaml': 'kind: Catalogue\nid: t\nname: 测试\nlang: en\n', 'powers/a.yaml': BROKEN });
    expect((await runCliHere(['lint', english], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('unknown key "remark"');
  }, 60_000);

  it('--output writes the report to a file and nothing to stdout', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN });
    const out = join(root, 'reports/lint.json');
    const result = await runCliHere(['lint', root, '-f', 'json', '-o', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.errors).toBe(1);
    expect(existsSync(`${out}.tmp`)).toBe(false);
  }, 60_000);

  it('--max-warnings turns too many warnings into exit 1; --rule sets levels', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN });
    const warned = await runCliHere(['lint', root, '--rule', 'schema=warn', '-f', 'json']);
    expect(warned.code).toBe(0);
    expect(JSON.parse(warned.stdout).diagnostics[0].severity).toBe('warning');
    expect((await runCliHere(['lint', root, '--rule', 'schema=warn', '--max-warnings', '1'])).code).toBe(0);
    expect((await runCliHere(['lint', root, '--rule', 'schema=warn', '--max-warnings', '0'])).code).toBe(1);
    expect((await runCliHere(['lint', root, '--rule', 'schema=off'])).code).toBe(0);
  }, 60_000);

  it('rules: in powercat.yaml sets levels; an unknown rule id is reported with a suggestion', async () => {
    const root = makeCatalogue({
      'powercat.yaml': 'kind: Catalogue\nid: t\nname: 测试\nrules:\n  schema: warn\n  yaml-syntx: off\n',
      'powers/a.yaml': BROKEN,
    });
    const report = JSON.parse((await runCliHere(['lint', root, '-f', 'json'])).stdout);
    expect(report.diagnostics.map((d: { severity: string; line: number; message: string }) => [d.severity, d.line, d.message])).toEqual([
      ['warning', 6, 'unknown rule "yaml-syntx"; did you mean "yaml-syntax"?'],
      ['warning', REMARK_LINE, expect.stringContaining('unknown key "remark"')],
    ]);
  }, 60_000);

  it('with file paths, loads the whole catalogue but reports only those files', async () => {
    const root = makeCatalogue({ 'powers/a.yaml': BROKEN, 'powers/b.yaml': OTHER + 'remark: 备注\n', 'departments/d.yaml': 'kind: Department\nid: other\nname: 其他局\nbogus: 1\n' });
    const onlyA = JSON.parse((await runCliHere(['lint', 'powers/a.yaml', '-f', 'json'], { cwd: root })).stdout);
    expect(onlyA.diagnostics.map((d: { file: string }) => d.file)).toEqual(['powers/a.yaml']);
    expect(onlyA.summary.files).toBe(1);
    const folder = JSON.parse((await runCliHere(['lint', 'powers', '-f', 'json'], { cwd: root })).stdout);
    expect(folder.diagnostics.map((d: { file: string }) => d.file)).toEqual(['powers/a.yaml', 'powers/b.yaml']);
  }, 60_000);

  it('honours # powercat-disable-next-line RULE -- reason and counts it; without a reason it is ignored with a note', async () => {
    const root = makeCatalogue({
      'powers/a.yaml': POWER + '# powercat-disable-next-line schema -- 历史字段，2027 年清理\nremark: 1\n',
      'powers/b.yaml': OTHER + '# powercat-disable-next-line schema\nremark: 1\n',
    });
    const report = JSON.parse((await runCliHere(['lint', root, '-f', 'json'], { cwd: root })).stdout);
    expect(report.diagnostics).toHaveLength(1);
    expect(report.diagnostics[0]).toMatchObject({
      file: 'powers/b.yaml',
      line: REMARK_LINE + 1,
      related: [{ file: 'powers/b.yaml', line: REMARK_LINE, column: 1, message: expect.stringContaining('gives no reason') }],
    });
    expect((await runCliHere(['lint', root], { cwd: root })).stdout).toContain('1 suppressed');
  }, 60_000);

  it('--version is fast enough to not need heavy modules', async () => {
    const result = runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 60_000);
});
