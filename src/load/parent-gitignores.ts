import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { gitignoreRules, type GitignoreRules } from './gitignore-rules.js';

/** What the `.gitignore` files above the root ignore, of paths below the root (forward slashes, as the walk has them). */
export interface IgnoredAbove {
  /** A folder, its path ending in a slash. */
  folder(path: string): boolean;
  /** A file in a folder not ignored. */
  file(path: string): boolean;
}

const NOTHING: IgnoredAbove = { folder: () => false, file: () => false };

/**
 * `.gitignore` files above the catalogue root, up to the repository's root, as git applies them:
 * a catalogue in a subfolder of a repository honours the repository's ignore rules too.
 * (the walk in discover.ts reads those at or below the root itself.)
 */
export function parentGitignores(root: string): IgnoredAbove {
  const found: (GitignoreRules & { base: string })[] = [];
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return NOTHING; // not in a git repository: no parent rules apply
    dir = parent;
    const file = join(dir, '.gitignore');
    if (existsSync(file)) found.push({ base: dir, ...gitignoreRules(readFileSync(file, 'utf8')) });
  }
  if (found.length === 0) return NOTHING;
  // A path below the root is the root's path from each base and its own: made once, not per file.
  const prefixed = found.map(({ base, rules, files }) => ({ prefix: `${relative(base, root).split(sep).join('/')}/`, rules, files }));
  const forFiles = prefixed.filter(({ files }) => files);
  return {
    folder: (path) => prefixed.some(({ prefix, rules }) => rules.ignores(prefix + path)),
    file: (path) => forFiles.some(({ prefix, rules }) => rules.ignores(prefix + path)),
  };
}
