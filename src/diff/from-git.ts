import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import ignore from 'ignore';
import { compareStrings } from '../core/compare.js';
import { UsageError } from '../core/errors.js';
import { excludedPathFilter, OUTPUT_MARKER } from '../load/discover.js';
import { excludeFilter } from '../load/exclude-glob.js';
import { CATALOGUE_FILE } from '../load/find-root.js';
import type { CatalogueTree } from '../load/load-catalogue.js';

/*
 * A catalogue as it was at a git revision, read with git itself (`ls-tree`, `cat-file --batch`)
 * into memory: no checkout is written. Files are selected as the loader selects them in a folder
 * (FORMAT §1, src/load/discover.ts): `*.yaml`/`*.yml` below the catalogue root, not in a
 * dot-folder or `node_modules`, not a symbolic link, not in a powercat output folder, not
 * matched by `exclude`, and not ignored by the `.gitignore` files of that revision — those at and
 * below the root, and those above it up to the repository's root, each applied to the paths below
 * its own folder (as globby and src/load/parent-gitignores.ts apply them to a checkout).
 */

export interface GitRange {
  from: string;
  /** Undefined: the working tree. */
  to: string | undefined;
}

/** `A..B`, `A...B` (from the merge base of A and B, as `git diff` reads it) or `A` (A to the working tree); an empty end is HEAD. */
export function parseGitRange(text: string, catalogueRoot: string): GitRange {
  const symmetric = text.indexOf('...');
  if (symmetric >= 0) {
    const [a, b] = [text.slice(0, symmetric) || 'HEAD', text.slice(symmetric + 3) || 'HEAD'];
    const base = git(catalogueRoot, ['merge-base', commitOf(catalogueRoot, a), commitOf(catalogueRoot, b)]).toString('utf8').trim();
    return { from: base, to: b };
  }
  const range = text.indexOf('..');
  if (range >= 0) return { from: text.slice(0, range) || 'HEAD', to: text.slice(range + 2) || 'HEAD' };
  return { from: text, to: undefined };
}

interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size: number;
  /** Relative to the catalogue root, forward slashes. */
  path: string;
}

/** The catalogue folder at a revision, or undefined when the revision has no `powercat.yaml` there (the catalogue did not exist yet). */
export function treeAtRevision(catalogueRoot: string, revision: string): CatalogueTree | undefined {
  const top = git(catalogueRoot, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
  const commit = commitOf(catalogueRoot, revision);
  const prefix = relative(realpathSync(top), realpathSync(catalogueRoot)).split(sep).join('/');
  const below = prefix === '' ? '' : `${prefix}/`;
  const listing = git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, ...(prefix === '' ? [] : ['--', below])]);
  const entries = parseTree(listing, below);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  if (byPath.get(CATALOGUE_FILE)?.type !== 'blob') return undefined;

  const blobs = new Map<string, Buffer>();
  const fetch = (names: readonly string[]) => {
    const wanted = names.filter((name) => !blobs.has(name));
    if (wanted.length > 0) for (const [name, content] of catFile(top, wanted)) blobs.set(name, content);
  };
  // .gitignore files above the root (to the repository's root), then at and below it.
  const above = ancestorsOf(prefix).map((dir) => ({ dir, name: `${commit}:${dir === '' ? '' : `${dir}/`}.gitignore` }));
  const within = entries.filter((e) => e.type === 'blob' && posix.basename(e.path) === '.gitignore').map((e) => ({ dir: posix.dirname(e.path), name: e.oid }));
  fetch([...above, ...within].map((g) => g.name));
  const isIgnored = gitignoreMatcher(prefix, [...above, ...within].flatMap(({ dir, name }) => {
    const content = blobs.get(name);
    return content === undefined ? [] : [{ dir, rules: content.toString('utf8') }];
  }), above.length);

  let listed: TreeEntry[] = [];
  return {
    async list(exclude, excludedPaths) {
      const isExcludedByGlob = excludeFilter(exclude);
      const isExcludedPath = excludedPathFilter(catalogueRoot, excludedPaths);
      const isExcluded = (path: string) => isExcludedByGlob(path) || isExcludedPath(path);
      const ownFolders = entries.filter((e) => posix.basename(e.path) === OUTPUT_MARKER).map((e) => e.path.slice(0, -OUTPUT_MARKER.length));
      listed = entries.filter(
        (e) =>
          e.type === 'blob' &&
          e.mode !== '120000' &&
          /\.ya?ml$/.test(e.path) &&
          !e.path.split('/').some((segment) => segment.startsWith('.') || segment === 'node_modules') &&
          !ownFolders.some((folder) => e.path.startsWith(folder)) &&
          !isExcluded(e.path) &&
          !isIgnored(e.path),
      );
      return listed.map((e) => e.path).sort(compareStrings);
    },
    read(path, maxBytes) {
      const entry = byPath.get(path);
      if (entry === undefined || entry.type !== 'blob') throw Object.assign(new Error(`${path} is not in ${revision}`), { code: 'ENOENT' });
      if (entry.size > maxBytes) return entry.size;
      // The first read after listing takes every listed file in one `cat-file` run.
      fetch([entry.oid, ...listed.filter((e) => e.size <= maxBytes).map((e) => e.oid)]);
      return blobs.get(entry.oid)!;
    },
  };
}

/** `<mode> <type> <oid> <size>\t<path>` records, NUL-separated; paths made relative to the catalogue root. */
function parseTree(listing: Buffer, below: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of listing.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const path = record.slice(tab + 1);
    if (!path.startsWith(below)) continue;
    entries.push({ mode: mode!, type: type!, oid: oid!, size: size === '-' ? 0 : Number(size), path: path.slice(below.length) });
  }
  return entries;
}

/** '' and every folder above `prefix` (repository-relative), from the repository's root down. */
function ancestorsOf(prefix: string): string[] {
  if (prefix === '') return [];
  const parts = prefix.split('/');
  return parts.map((_, i) => parts.slice(0, i).join('/'));
}

/**
 * Whether a path (relative to the catalogue root) is ignored. `rules` are repository-relative
 * folders for the first `aboveCount` (above the root) and root-relative ones for the rest.
 */
function gitignoreMatcher(prefix: string, files: { dir: string; rules: string }[], aboveCount: number): (path: string) => boolean {
  const matchers = files.map(({ dir, rules }, i) => {
    // Everything as repository-relative folders, so one `relative` serves both kinds.
    const repoDir = i < aboveCount ? dir : posix.join(prefix, dir === '.' ? '' : dir);
    return { dir: repoDir === '.' ? '' : repoDir, matcher: ignore().add(rules) };
  });
  return (path) => {
    const repoPath = prefix === '' ? path : `${prefix}/${path}`;
    return matchers.some(({ dir, matcher }) => {
      if (dir !== '' && !repoPath.startsWith(`${dir}/`)) return false;
      return matcher.ignores(dir === '' ? repoPath : repoPath.slice(dir.length + 1));
    });
  };
}

/** Objects by name (an oid, or `rev:path`) through one `git cat-file --batch`; missing ones are left out. */
function catFile(cwd: string, names: readonly string[]): Map<string, Buffer> {
  const out = git(cwd, ['cat-file', '--batch'], `${names.join('\n')}\n`);
  const found = new Map<string, Buffer>();
  let at = 0;
  for (const name of names) {
    const lineEnd = out.indexOf(0x0a, at);
    const header = out.subarray(at, lineEnd).toString('utf8');
    at = lineEnd + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) continue;
    const size = Number(header.split(' ')[2]);
    found.set(name, out.subarray(at, at + size));
    at += size + 1;
  }
  return found;
}

function commitOf(cwd: string, revision: string): string {
  if (revision.startsWith('-')) throw unknownRevision(revision);
  const result = spawnGit(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (result.status !== 0) throw unknownRevision(revision);
  return result.stdout.toString('utf8').trim();
}

const unknownRevision = (revision: string) =>
  new UsageError({ 'zh-CN': `git 中没有修订版本「${revision}」（可写分支名、标签或提交号）`, en: `git knows no revision "${revision}" (give a branch, a tag or a commit)` });

function git(cwd: string, args: readonly string[], input?: string): Buffer {
  const result = spawnGit(cwd, args, input);
  if (result.status !== 0) {
    const said = result.stderr.toString('utf8').trim().split('\n')[0] ?? '';
    if (/not a git repository/i.test(said)) {
      throw new UsageError({ 'zh-CN': `${cwd} 不在 git 仓库中，无法使用 --git`, en: `${cwd} is not in a git repository, so --git cannot be used` });
    }
    throw new UsageError({ 'zh-CN': `git ${args[0]} 失败：${said}`, en: `git ${args[0]} failed: ${said}` });
  }
  return result.stdout;
}

function spawnGit(cwd: string, args: readonly string[], input?: string) {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 2 ** 31 - 1 });
  if (result.error) {
    throw (result.error as NodeJS.ErrnoException).code === 'ENOENT'
      ? new UsageError({ 'zh-CN': '找不到 git 命令：--git 需要安装 git', en: 'git was not found: --git needs git installed' })
      : result.error;
  }
  return result;
}
