import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/load/discover.js';
import { makeCatalogue } from './helpers/catalogue.js';

describe('discoverFiles (FORMAT §1)', () => {
  it('reads every *.yaml/*.yml except .gitignored, excluded, dot-folders, node_modules and powercat output', async () => {
    const root = makeCatalogue({
      '.gitignore': 'drafts/\n*.tmp.yaml\n',
      'powers/sub/.gitignore': 'local.yaml\n',
      'powers/a.yaml': 'x',
      'powers/b.yml': 'x',
      'powers/c.tmp.yaml': 'x',
      'powers/sub/local.yaml': 'x',
      'powers/sub/kept.yaml': 'x',
      'drafts/d.yaml': 'x',
      'old/e.yaml': 'x',
      '.github/workflows/ci.yaml': 'x',
      'node_modules/pkg/f.yaml': 'x',
      'site/.powercat-output': '',
      'site/data/g.yaml': 'x',
      'notes.txt': 'x',
    });
    expect(await discoverFiles(root, ['old/**'])).toEqual(['powercat.yaml', 'powers/a.yaml', 'powers/b.yml', 'powers/sub/kept.yaml']);
  });

  it('lists in code-unit order whatever order the file system gives', async () => {
    const root = makeCatalogue({});
    mkdirSync(join(root, 'powers'));
    for (const name of ['b.yaml', 'B.yaml', 'a.yaml', '乙.yaml', '甲.yaml', '10.yaml', '9.yaml']) writeFileSync(join(root, 'powers', name), 'x');
    expect(await discoverFiles(root, [])).toEqual([
      'powercat.yaml', 'powers/10.yaml', 'powers/9.yaml', 'powers/B.yaml', 'powers/a.yaml', 'powers/b.yaml', 'powers/乙.yaml', 'powers/甲.yaml',
    ]);
  });
});

describe('.gitignore above the catalogue', () => {
  it('applies the repository’s ignore files between the git root and the catalogue root', async () => {
    const repo = makeCatalogue({ 'powercat.yaml': null, '.gitignore': '*.draft.yaml\n', 'catalogues/.gitignore': 'qingshui/old/\n' });
    mkdirSync(join(repo, '.git'));
    const root = join(repo, 'catalogues/qingshui');
    mkdirSync(join(root, 'powers'), { recursive: true });
    mkdirSync(join(root, 'old'));
    for (const f of ['powercat.yaml', 'powers/a.yaml', 'powers/b.draft.yaml', 'old/c.yaml']) writeFileSync(join(root, f), 'x');
    expect(await discoverFiles(root, [])).toEqual(['powercat.yaml', 'powers/a.yaml']);
  });
});

describe('the walk', () => {
  it('skips symbolic links, excluded folders by name, and files a .gitignore negation does not bring back from an ignored folder', () => {
    const root = makeCatalogue({
      '.gitignore': 'drafts/\n!drafts/keep.yaml\n*.yml\n!b.yml\n',
      'powers/a.yaml': 'x',
      'powers/b.yml': 'x',
      'powers/c.yml': 'x',
      'drafts/keep.yaml': 'x',
      'archive/2019/old.yaml': 'x',
      'deep/node_modules/x.yaml': 'x',
      'outside/z.yaml': 'x',
    });
    symlinkSync(join(root, 'outside'), join(root, 'linked-folder'));
    symlinkSync(join(root, 'powers/a.yaml'), join(root, 'linked.yaml'));
    const heard: string[] = [];
    const found = discoverFiles(root, ['archive', 'outside/**'], (path, absolute) => {
      expect(absolute).toBe(join(root, path));
      heard.push(path);
    });
    expect(found).toEqual(['powercat.yaml', 'powers/a.yaml', 'powers/b.yml']);
    expect(heard.sort()).toEqual(found);
  });
});
