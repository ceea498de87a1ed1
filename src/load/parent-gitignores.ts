import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore from 'ignore';

/**
 * `.gitignore` files above the catalogue root, up to the repository's root, as git applies them:
 * a catalogue in a subfolder of a repository honours the repository's ignore rules too.
 * (the walk in discover.ts reads those at or below the root itself.) The predicate takes a path
 * below the root, with forward slashes, as the walk has it.
 */
export function parentGitignores(root: string): (pathBelowRoot: string) => boolean {
  const matchers: { base: string; matcher: ReturnType<typeof ignore> }[] = [];
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return () => false; // not in a git repository: no parent rules apply
    dir = parent;
    const file = join(dir, '.gitignore');
    if (existsSync(file)) matchers.push({ base: dir, matcher: ignore().add(readFileSync(file, 'utf8')) });
  }
  if (matchers.length === 0) return () => false;
  // A path below the root is the root's path from each base and its own: made once, not per file.
  const prefixed = matchers.map(({ base, matcher }) => ({ prefix: `${relative(base, root).split(sep).join('/')}/`, matcher }));
  return (path) => prefixed.some(({ prefix, matcher }) => matcher.ignores(prefix + path));
}
