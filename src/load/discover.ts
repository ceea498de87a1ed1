import { globby } from 'globby';
import { compareStrings } from '../report/diagnostic.js';

/** Written by powercat into every folder it owns (build and render output); such folders are never read. */
export const OUTPUT_MARKER = '.powercat-output';

/**
 * Every `*.yaml`/`*.yml` below the root per FORMAT §1, relative with forward slashes, sorted by
 * code unit so the order is the same on every machine. Symbolic links are listed but never
 * followed into folders, so a link loop cannot make the walk endless.
 */
export async function discoverFiles(root: string, exclude: readonly string[]): Promise<string[]> {
  const found = await globby(['**/*.yaml', '**/*.yml', `**/${OUTPUT_MARKER}`], {
    cwd: root,
    gitignore: true,
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**', ...exclude],
  });
  const ownFolders = found.filter((f) => f.endsWith(OUTPUT_MARKER)).map((f) => f.slice(0, -OUTPUT_MARKER.length));
  return found
    .filter((f) => !f.endsWith(OUTPUT_MARKER) && !ownFolders.some((folder) => f.startsWith(folder)))
    .sort(compareStrings);
}
