import { describe, expect, it } from 'vitest';
import { makeCatalogue, runCli } from './helpers/catalogue.js';
import { runCliHere } from './helpers/cli-in-process.js';
import { DEPARTMENT, power } from './helpers/fixtures.js';

/*
 * The in-process runner stands in for `node bin/powercat.js` in the CLI tests: it must give the
 * same exit code and the same bytes on stdout and stderr, with the same environment and folder.
 */
describe('runCliHere is faithful to a spawned CLI', { timeout: 120_000 }, () => {
  const root = makeCatalogue({ 'departments/scjgj.yaml': DEPARTMENT, 'powers/a.yaml': `${power()}remark: 备注\n` });
  it.each([
    ['a clean run', ['--version'], {}],
    ['findings, stylish', ['lint', root], {}],
    ['findings, JSON, from inside the catalogue', ['lint', '.', '-f', 'json'], { cwd: root }],
    ['the catalogue language from LANG', ['lint', root], { env: { LANG: 'zh_CN.UTF-8' } }],
    ['a usage error', ['lint', root, '--rule', 'schema=loud'], {}],
    ['an unknown command, in Chinese', ['lnt'], { env: { LANG: 'zh_CN.UTF-8' } }],
    ['help', ['help', 'lint'], {}],
  ] as const)('%s', async (_name, args, options) => {
    const spawned = runCli([...args], options);
    expect(await runCliHere([...args], options)).toEqual(spawned);
  });

  it('leaves the test process as it found it: folder, environment, streams', async () => {
    const state = () => ({ cwd: process.cwd(), lang: process.env.LANG, columns: process.env.COLUMNS, write: process.stdout.write });
    const before = state();
    await runCliHere(['lint', '.'], { cwd: root, env: { LANG: 'zh_CN.UTF-8', COLUMNS: '40' } });
    expect(state()).toEqual(before);
  });
});
