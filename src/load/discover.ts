import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globby, isGitIgnored } from 'globby';
import { compareStrings } from '../core/compare.js';
import { excludeFilter } from './exclude-glob.js';
import { parentGitignores } from './parent-gitignores.js';

/** Written by powercat into every folder it owns (build and render output); such folders are never read. */
export const OUTPUT_MARKER = '.powercat-output';

/**
 * Every `*.yaml`/`*.yml` below the root per FORMAT §1, relative with forward slashes, sorted by
 * code unit so the order is the same on every machine. Symbolic links are skipped, files and
 * folders alike, so a link loop cannot make the walk endless and nothing outside the root is read.
 * `exclude` globs are matched here, by the linear-time engine (exclude-glob.ts), not by globby,
 * whose regexes can backtrack for minutes on a hostile glob. `excludedPaths` are paths (relative to
 * the root, not globs) left out with everything below them: the upstream lists (FORMAT §6).
 */
export async function discoverFiles(root: string, exclude: readonly string[], excludedPaths: readonly string[] = []): Promise<string[]> {
  // globby's own `gitignore: true` stats every result to ask whether it is a folder (0.8 s for
  // 50,000 files); its predicate alone answers for files, which is all this lists.
  const [found, isIgnored] = await Promise.all([
    globby(['**/*.yaml', '**/*.yml', `**/${OUTPUT_MARKER}`], {
      cwd: root,
      dot: false,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ['**/node_modules/**'],
    }),
    isGitIgnored({ cwd: root, followSymbolicLinks: false } as Parameters<typeof isGitIgnored>[0]),
  ]);
  const isIgnoredAbove = parentGitignores(root);
  const isExcludedByGlob = excludeFilter(exclude);
  const isExcludedPath = excludedPathFilter(root, excludedPaths);
  const isExcluded = (f: string) => isExcludedByGlob(f) || isExcludedPath(f);
  const ownFolders = found.filter((f) => f.endsWith(OUTPUT_MARKER)).map((f) => f.slice(0, -OUTPUT_MARKER.length));
  return found
    .filter((f) => !f.endsWith(OUTPUT_MARKER) && !ownFolders.some((folder) => f.startsWith(folder)) && !isExcluded(f) && !isIgnored(join(root, f)) && !isIgnoredAbove(join(root, f)))
    .sort(compareStrings);
}

/**
 * Whether a root-relative path (forward slashes) is one of `paths` — as written in the catalogue,
 * relative to the root — or below one; paths outside the root (or the root itself) exclude nothing.
 */
export function excludedPathFilter(root: string, paths: readonly string[]): (relativePath: string) => boolean {
  const inside = paths
    .map((path) => relative(root, resolve(root, path)))
    .filter((rel) => rel !== '' && !isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
    .map((rel) => rel.split(sep).join('/'));
  return (f) => inside.some((p) => f === p || f.startsWith(`${p}/`));
}
