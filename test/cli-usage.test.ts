import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAnotherUser, makeCatalogue as makeBare, runCli, type CliResult } from './helpers/catalogue.js';
import { runCliHere } from './helpers/cli-in-process.js';
import { DEPARTMENT, power } from './helpers/fixtures.js';

const makeCatalogue = (files: Record<string, string> = {}) => makeBare({ 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': power(), ...files });

/** A usage mistake: exit 2, nothing on stdout, exactly one line on stderr. */
function expectUsageError(result: CliResult, line: string | RegExp): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')).toHaveLength(2);
  if (typeof line === 'string') expect(result.stderr).toBe(`powercat: ${line}\n`);
  else expect(result.stderr).toMatch(line);
}

// Every test starts the CLI, most several times: on a busy machine that takes seconds.
describe('usage mistakes exit 2 with one line that says what to do', { timeout: 120_000 }, () => {
  it('a formatVersion this powercat does not know is refused before any check, naming the version needed', async () => {
    const root = makeCatalogue({ 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 测试\nformatVersion: 3\n' });
    expectUsageError((await runCliHere(['lint', root], { env: { LANG: 'zh_CN.UTF-8' } })), /^powercat: powercat\.yaml 声明 formatVersion: 3，.*需要比 \S+ 更新的 powercat/);
    expectUsageError((await runCliHere(['lint', root, '--lang', 'en'])), /^powercat: powercat\.yaml declares formatVersion 3, .*needs a powercat newer than/);
    expect((await runCliHere(['lint', makeCatalogue({ 'powercat.yaml': 'kind: Catalogue\nid: test\nname: 测试\nformatVersion: 2\n' })])).code).toBe(0);
  });

  it('a SOURCE_DATE_EPOCH that is no date is refused before the build starts (it crashed on a huge one)', async () => {
    const out = join(makeBare({}), 'site');
    expectUsageError((await runCliHere(['build', makeCatalogue(), '--out', out], { env: { SOURCE_DATE_EPOCH: '9'.repeat(30) } })), /^powercat: SOURCE_DATE_EPOCH must be a whole number of seconds/);
    expectUsageError((await runCliHere(['build', makeCatalogue(), '--out', out], { env: { SOURCE_DATE_EPOCH: 'yesterday', LANG: 'zh_CN.UTF-8' } })), /^powercat: 环境变量 SOURCE_DATE_EPOCH 应是/);
  });

  it('no command prints the help on stderr and exits 2; asking for help exits 0', async () => {
    const bare = (await runCliHere([]));
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: powercat \[options\] \[command\]/);
    expect(bare.stderr).toContain('lint [options] [paths...]');
    for (const asked of [['--help'], ['help'], ['help', 'lint'], ['lint', '--help']]) {
      const help = (await runCliHere(asked));
      expect(help.code, asked.join(' ')).toBe(0);
      expect(help.stdout).toMatch(/^Usage: powercat/);
    }
  });

  it('a misspelt rule id in --rule gets a did-you-mean, as explain and rules: in powercat.yaml do', async () => {
    const root = makeCatalogue();
    expectUsageError(await runCliHere(['lint', root, '--rule', 'owner-ambigous=off']), '--rule owner-ambigous=off: unknown rule "owner-ambigous"; did you mean "owner-ambiguous"? (see docs/rules.md)');
    expectUsageError(await runCliHere(['lint', root, '--rule', 'owner-ambigous=off', '--lang', 'zh-CN']), '--rule owner-ambigous=off：未知的规则「owner-ambigous」；是否想写「owner-ambiguous」？（规则列表见 powercat explain 或 docs/rules.md）');
    expectUsageError(await runCliHere(['lint', root, '--rule', 'nothing-like-it=off']), '--rule nothing-like-it=off: unknown rule "nothing-like-it" (see docs/rules.md)');
  });

  it('an unknown command or option, or a missing value, names the help to read', async () => {
    expectUsageError((await runCliHere(['frobnicate'])), "unknown command 'frobnicate' (see powercat --help)");
    expectUsageError((await runCliHere(['lnt'])), "unknown command 'lnt' (Did you mean lint?) (see powercat --help)");
    expectUsageError((await runCliHere(['lint', '--format'])), "option '-f, --format <name[:file]>' argument missing (see powercat lint --help)");
    expectUsageError((await runCliHere(['build', '.'])), "required option '--out <dir>' not specified (see powercat build --help)");
    expectUsageError((await runCliHere(['--frob'], { env: { LANG: 'zh_CN.UTF-8' } })), "unknown option '--frob' (用法见 powercat --help)");
  });

  it('-f NAME: with no file, or with a folder, is a usage error', async () => {
    const root = makeCatalogue();
    expectUsageError((await runCliHere(['lint', root, '-f', 'json:'])), '-f json: names no file after the colon; write -f json:FILE, or -f json for standard output');
    expectUsageError((await runCliHere(['lint', root, '-f', 'json:'], { env: { LANG: 'zh_CN.UTF-8' } })), '-f json: 冒号后缺少文件名；请写成 -f json:文件名，或 -f json 输出到屏幕');
    expectUsageError((await runCliHere(['lint', root, '-f', `json:${root}`])), `-f json:${root} is a folder; give a file path`);
  });

  it('an output that cannot be written is named before any work: -o, --baseline-write, --out', async () => {
    const root = makeCatalogue({ 'a-file': 'x' });
    const file = join(root, 'a-file');
    expectUsageError((await runCliHere(['lint', root, '-o', root])), `--output ${root} is a folder; give a file path`);
    expectUsageError((await runCliHere(['lint', root, '-o', `${file}/report.json`])), `--output ${file}/report.json: ${file} is a file, not a folder; choose another path`);
    expectUsageError((await runCliHere(['lint', root, '-o', '/proc/powercat/report.json'])), /^powercat: --output \/proc\/powercat\/report\.json: cannot write in \/proc \(.*\); choose another path or change its permissions\n$/);
    expectUsageError((await runCliHere(['lint', root, '--baseline-write', root])), `--baseline-write ${root} is a folder; give a file path`);
    expectUsageError((await runCliHere(['lint', root, '--baseline', root])), `--baseline ${root}: cannot read it (it is a folder, not a file)`);
    for (const command of [['build'], ['render'], ['preview', '--port', '0']]) expectUsageError((await runCliHere([...command, root, '--out', file])), `--out ${file} is a file; give a folder`);
    expectUsageError((await runCliHere(['schema', '--out', file])), `--out ${file} is a file; give a folder`);
    expectUsageError((await runCliHere(['schema', '--out', `${file}/schemas`])), `--out ${file}/schemas: ${file} is a file, not a folder; choose another path`);
    expect((await runCliHere(['lint', root, '-o', '/dev/null'])).code).toBe(0);
  });

  it('a cache folder that cannot be made costs only the cache (it hung in Node\'s recursive mkdir on /proc)', async () => {
    const root = makeBare({});
    const result = (await runCliHere(['build', root, '--out', join(root, 'site'), '--cache-dir', '/proc/powercat']));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('flowchart cache /proc/powercat is not writable');
  });

  it('a folder this user may not write or read is a usage error naming it', async () => {
    const root = makeCatalogue();
    chmodSync(root, 0o755);
    mkdirSync(join(root, 'locked'), { mode: 0o555 });
    const user = asAnotherUser();
    expectUsageError(runCli(['lint', root, '-o', join(root, 'locked/report.json')], user), `--output ${root}/locked/report.json: cannot write in ${root}/locked (permission denied); choose another path or change its permissions`);
    expectUsageError(runCli(['build', root, '--out', join(root, 'locked/site')], user), `--out ${root}/locked/site: cannot write in ${root}/locked (permission denied); choose another path or change its permissions`);
    mkdirSync(join(root, 'secret'), { mode: 0o000 });
    writeFileSync(join(root, 'secret.yaml'), '');
    expectUsageError(runCli(['lint', root], user), `cannot access ${root}/secret (permission denied); check the path and its permissions`);
    expectUsageError(runCli(['lint', root], { ...user, env: { LANG: 'zh_CN.UTF-8' } }), `无法访问 ${root}/secret（没有权限）；请检查该路径及其权限`);
  });

  it('a path lint was given but did not read is a usage error saying why, never "✔ 0 files"', async () => {
    const root = makeCatalogue({
      'powercat.yaml': 'kind: Catalogue\nid: test\nname: 测试县权责清单\nexclude: [drafts/**]\n',
      'some.json': '{}',
      'drafts/d.yaml': 'kind: Power\n',
      'old.yaml': 'kind: Power\n',
      '.gitignore': 'old.yaml\n',
      'empty/.keep': '',
    });
    symlinkSync('powers/a.yaml', join(root, 'link.yaml'));
    symlinkSync('powers', join(root, 'linked'));
    const leftOut = (path: string) => `${path} is left out of the catalogue: by exclude: in powercat.yaml, by .gitignore, as an upstream list (read as data only), or as part of a hidden, node_modules or output folder; lift that to lint it`;
    const cases: [string, string][] = [
      ['some.json', 'some.json is not a YAML file (.yaml or .yml), so not part of the catalogue; give the catalogue\'s YAML files or folders'],
      ['link.yaml', 'link.yaml is a symbolic link (or inside a linked folder), and powercat reads no links; lint the file it points to'],
      ['linked/a.yaml', 'linked/a.yaml is a symbolic link (or inside a linked folder), and powercat reads no links; lint the file it points to'],
      ['drafts/d.yaml', leftOut('drafts/d.yaml')],
      ['old.yaml', leftOut('old.yaml')],
      ['empty', 'empty holds no YAML file of the catalogue (or all are left out by exclude: in powercat.yaml, by .gitignore, or as an upstream list, a hidden, node_modules or output folder)'],
    ];
    for (const [path, line] of cases) expectUsageError((await runCliHere(['lint', path], { cwd: root })), line);
    expectUsageError((await runCliHere(['lint', 'powers/a.yaml', 'some.json'], { cwd: root })), cases[0]![1]);
    expect((await runCliHere(['lint', 'powers/a.yaml'], { cwd: root })).stdout).toBe('✔ no problems (1 file, 1 document)\n');
  });
});
