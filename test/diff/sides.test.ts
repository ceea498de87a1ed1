import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintCatalogue } from '../../src/lint/run-lint.js';
import { catalogueJson } from '../../src/site/exports/json.js';
import { publicCatalogue } from '../../src/site/public-data.js';
import { runCliHere } from '../helpers/cli-in-process.js';
import { folderWith, git, NEW_FILES, OLD_FILES, repositoryWith, writeFiles } from '../helpers/diff-fixtures.js';

const json = async (args: string[], cwd?: string) => {
  const result = await runCliHere(['diff', ...args, '-f', 'json'], { cwd });
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

/** Powers that only the working tree has and git must not see: ignored, excluded, in a dot-folder, a symbolic link. */
const UNSEEN = {
  'sub/ignored/x.yaml': 'kind: Power\ncode: "I1"\nname: 被忽略\ntype: other\ndepartment: scjgj\n',
  'sub/old/x.yaml': 'kind: Power\ncode: "E1"\nname: 被排除\ntype: other\ndepartment: scjgj\n',
  'sub/.hidden/x.yaml': 'kind: Power\ncode: "H1"\nname: 隐藏\ntype: other\ndepartment: scjgj\n',
};

describe('powercat diff --git: revisions read with git, as the checked-out folders are', () => {
  it('gives the same JSON between two commits as between the two folders', async () => {
    const { repo, catalogue } = repositoryWith(OLD_FILES, NEW_FILES);
    const folders = await json([folderWith(OLD_FILES), folderWith(NEW_FILES)]);
    expect(await json(['--git', 'HEAD~1..HEAD', catalogue])).toEqual(folders);
    expect(await json(['--git', 'main~1..main', 'sub'], repo)).toEqual(folders);
    expect(await json(['--git', 'HEAD~1...HEAD'], catalogue)).toEqual(folders);
    // REV alone: against the working tree (here the same as HEAD).
    expect(await json(['--git', 'HEAD~1', catalogue])).toEqual(folders);
    expect((await json(['--git', 'HEAD', catalogue])).changed).toEqual({});
  }, 120_000);

  it('selects files as the loader does: .gitignore of that revision (above the root too), exclude, dot-folders; uncommitted changes only in the working tree', async () => {
    const withExclude = { ...NEW_FILES, 'powercat.yaml': `${NEW_FILES['powercat.yaml']}exclude: ['old/**']\n` };
    const { repo, catalogue } = repositoryWith(OLD_FILES, withExclude, { '.gitignore': 'sub/ignored/\n' });
    writeFiles(repo, UNSEEN);
    git(repo, 'add', '-f', '-A');
    git(repo, 'commit', '-qm', 'files the loader does not read');
    const folders = await json([folderWith(OLD_FILES), folderWith(withExclude)]);
    expect(await json(['--git', 'HEAD~2..HEAD', catalogue])).toEqual(folders);
    expect(await json(['--git', 'HEAD~2', catalogue])).toEqual(folders);
    // An edit not committed yet: the working tree has it, HEAD does not.
    writeFileSync(join(catalogue, 'powers/kept.yaml'), OLD_FILES['powers/kept.yaml']!.replace('不变的事项', '改了名的事项'));
    expect((await json(['--git', 'HEAD', catalogue])).changed).toEqual({ K1: ['name'] });
    expect((await json(['--git', 'HEAD~1..HEAD', catalogue])).changed).toEqual({});
  }, 120_000);

  it('reads a revision before the catalogue existed as empty, and refuses an unknown revision or a folder outside git', async () => {
    const { catalogue } = repositoryWith({ 'README.md': 'x' }, OLD_FILES);
    expect((await json(['--git', 'HEAD~1..HEAD', catalogue])).added).toEqual(['A1', 'C1', 'D1', 'K1', 'M1', 'M2', 'N1', 'R1', 'S1', 'T1']);
    const unknown = await runCliHere(['diff', '--git', 'nosuch..HEAD', catalogue]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('powercat: git knows no revision "nosuch" (give a branch, a tag or a commit)\n');
    const outside = await runCliHere(['diff', '--git', 'HEAD', folderWith(OLD_FILES)]);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('is not in a git repository');
    expect((await runCliHere(['diff', '--git', 'HEAD', catalogue, catalogue])).stderr).toContain('with --git, give at most one catalogue folder');
  }, 120_000);
});

describe('powercat diff of open data (catalogue.json, format 2)', () => {
  async function openData(files: Record<string, string | null>): Promise<string> {
    const root = folderWith(files);
    const { model } = await lintCatalogue(root, [root], { paths: [root], cwd: root, ruleOverrides: new Map(), env: {} });
    const path = join(mkdtempSync(join(tmpdir(), 'powercat-diff-data-')), 'catalogue.json');
    writeFileSync(path, catalogueJson(publicCatalogue(model, []), undefined));
    return path;
  }

  it('compares published files as it compares the folders with --public, also one of each', async () => {
    const [oldJson, newJson] = [await openData(OLD_FILES), await openData(NEW_FILES)];
    const published = await json([folderWith(OLD_FILES), folderWith(NEW_FILES), '--public']);
    expect(published.changed.C1).toContain('process');
    expect(await json([oldJson, newJson])).toEqual(published);
    // Open data holds only what is published, so the folder beside it is read the same way.
    expect(await json([oldJson, folderWith(NEW_FILES)])).toEqual(published);
  }, 120_000);
});
