import fc from 'fast-check';
import ignore from 'ignore';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/load/discover.js';
import { absoluteOf } from '../src/load/walk-paths.js';
import { brief, lintRoot, makeCatalogue } from './helpers/catalogue.js';

describe('discoverFiles (FORMAT §1)', { timeout: 60_000 }, () => {
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
  it('walks folders in the order of whole paths: each file is heard of in the order it is listed', async () => {
    const names = ['a.yaml', 'a/x.yaml', 'a-b/y.yaml', 'a!.yaml', 'ab.yaml', 'a.yaml.d/z.yaml', 'A/q.yaml', 'é/w.yaml', '😀.yaml', '\uE000.yaml', 'a/b/c/d.yaml', 'a/b.yaml'];
    const root = makeCatalogue(Object.fromEntries(names.map((name) => [`powers/${name}`, 'x'])));
    const heard: string[] = [];
    const listed = discoverFiles(root, [], [], (path) => heard.push(path));
    // The default sort is by UTF-16 code unit: the emoji (a surrogate pair) before U+E000.
    expect(listed).toEqual(['powercat.yaml', ...names.map((name) => `powers/${name}`)].sort());
    expect(heard).toEqual(listed);
  });

  it('leaves out paths given as written (not globs), with everything below them, and ignores paths outside the root', async () => {
    const root = makeCatalogue({
      'upstream/[draft]/powercat.yaml': 'x',
      'upstream/d/x.yaml': 'x',
      'upstream/list.yaml': 'x',
      'upstream/list.yaml.bak/y.yaml': 'x',
      'powers/a.yaml': 'x',
    });
    expect(await discoverFiles(root, [], ['upstream/[draft]', './upstream/list.yaml', '../elsewhere', '.', '/'])).toEqual([
      'powercat.yaml', 'powers/a.yaml', 'upstream/d/x.yaml', 'upstream/list.yaml.bak/y.yaml',
    ]);
  });
});

describe('.gitignore above the catalogue', { timeout: 60_000 }, () => {
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

describe('.gitignore rules, asked of files only when they can match one', { timeout: 120_000 }, () => {
  const LINES = [
    '*.log', 'node_modules/', '/site/', 'drafts', 'drafts/', '*.YAML', '*ml', '*.[yY]aml', '!keep.yaml', 'powers/*', '**/old', 'a?c.yml',
    '\\#x.yaml', 'README', '*.y*', 'old/**', '/powers/b.yaml', 'B.YML', '# comment', '', 'site', '*.tmp.yaml', '!drafts/keep.yaml', 'x[', 'powers/sub/',
    'keep.yaml  ', '*.yaml.bak', 'a.yml/', 'ML', '*.Yml', 'a.yam\\l',
  ];
  const FILES = [
    'powers/a.yaml', 'powers/b.yaml', 'powers/abc.yml', 'powers/x.tmp.yaml', 'powers/#x.yaml', 'powers/sub/c.yaml', 'drafts/keep.yaml', 'drafts/d.yaml',
    'old/e.yaml', 'deep/old/f.yaml', 'site/g.yaml', 'README/h.yaml', 'keep.yaml', 'x[/y.yaml', 'a.yml/z.yaml', 'powers/ML.yaml',
  ];
  const repo = makeCatalogue({ 'powercat.yaml': null });
  mkdirSync(join(repo, '.git'));
  const root = join(repo, 'catalogue');
  for (const path of ['powercat.yaml', ...FILES]) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }
  const gitignoreText = fc.array(fc.constantFrom(...LINES), { maxLength: 6 }).map((lines) => lines.join('\n'));

  it('lists what `ignore` leaves of every file, for a .gitignore at the root or above it', () => {
    fc.assert(
      fc.property(gitignoreText, fc.boolean(), (text, above) => {
        writeFileSync(join(above ? repo : root, '.gitignore'), text);
        rmSync(join(above ? root : repo, '.gitignore'), { force: true });
        const rules = ignore().add(text);
        const expected = ['powercat.yaml', ...FILES].filter((path) => !rules.ignores(above ? `catalogue/${path}` : path)).sort();
        expect(discoverFiles(root, [])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the walk', { timeout: 60_000 }, () => {
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
    const found = discoverFiles(root, ['archive', 'outside/**'], [], (path) => heard.push(path));
    expect(found).toEqual(['powercat.yaml', 'powers/a.yaml', 'powers/b.yml']);
    expect(heard).toEqual(found);
    expect(found.map((path) => absoluteOf(root, path))).toEqual(found.map((path) => join(root, path)));
  });
});

describe('exclude globs (matched by the linear-time engine)', { timeout: 60_000 }, () => {
  const files = {
    'old/x.yaml': 'x', 'old/sub/y.yaml': 'x', 'powers/a.yaml': 'x', 'powers/t.tmp.yaml': 'x', 'powers/sub/s.yaml': 'x',
    'powers/drafts/d.yaml': 'x', 'a/x.yaml': 'x', 'b/x.yaml': 'x', '旧版(2019)/x.yaml': 'x',
  };

  it('exclude the files they match and everything in the folders they match', async () => {
    const root = makeCatalogue(files);
    const kept = async (...globs: string[]) => (await discoverFiles(root, globs)).filter((f) => f !== 'powercat.yaml');
    expect(await kept('old')).toEqual(['a/x.yaml', 'b/x.yaml', 'powers/a.yaml', 'powers/drafts/d.yaml', 'powers/sub/s.yaml', 'powers/t.tmp.yaml', '旧版(2019)/x.yaml']);
    expect(await kept('old/*', '**/*.tmp.yaml', '**/drafts')).toEqual(['a/x.yaml', 'b/x.yaml', 'powers/a.yaml', 'powers/sub/s.yaml', '旧版(2019)/x.yaml']);
    expect(await kept('{a,b}/**', 'powers/[!a]*', './旧版\\(2019\\)/')).toEqual(['old/sub/y.yaml', 'old/x.yaml', 'powers/a.yaml']);
    expect(await kept('?/x.yaml', '/powers/**/s.yaml', 'old/**')).toEqual(['powers/a.yaml', 'powers/drafts/d.yaml', 'powers/t.tmp.yaml', '旧版(2019)/x.yaml']);
  });

  it('never hang on a glob that backtracks in a regex engine, and refuse extglobs and groups', async () => {
    const root = makeCatalogue({ [`powers/${'a'.repeat(60)}/${'a'.repeat(100)}c.yaml`]: 'x', 'powers/b.yaml': 'x' });
    const started = performance.now();
    const found = await discoverFiles(root, ['**/*a*a*a*a*a*a*a*a*a*a*a*a*b', '**/(a+)+b', '+(a|aa)+(a|aa)b', `**/${'a'.repeat(30)}*a*a*a*a*a*a*b`]);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(found).toHaveLength(3);
  }, 30_000);

  it('an unsupported glob is a schema finding at the glob in powercat.yaml, and excludes nothing', async () => {
    const catalogue = "kind: Catalogue\nid: test\nname: 测试县权责清单\nexclude:\n  - '**/(a+)+b'\n  - '!(old)/**'\n  - 'a/{1..9}'\n  - 'drafts/**'\n";
    const root = makeCatalogue({ 'powercat.yaml': catalogue, 'drafts/x.yaml': 'kind: Nonsense\n' });
    const found = await lintRoot(root, { only: ['schema'] });
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      'schema powercat.yaml:5:5 the exclude glob "**/(a+)+b" uses "(", which is not supported, so it excludes nothing: only *, **, ?, [abc] and {a,b} are; put \\ before a bracket or other character meant as itself (e.g. old\\(2019\\)/**)',
      'schema powercat.yaml:6:5 the exclude glob "!(old)/**" uses "!", which is not supported, so it excludes nothing: only *, **, ?, [abc] and {a,b} are; put \\ before a bracket or other character meant as itself (e.g. old\\(2019\\)/**)',
      'schema powercat.yaml:7:5 the exclude glob "a/{1..9}" uses "{1..9}", which is not supported, so it excludes nothing: only *, **, ?, [abc] and {a,b} are; put \\ before a bracket or other character meant as itself (e.g. old\\(2019\\)/**)',
    ]);
  }, 30_000);
});
