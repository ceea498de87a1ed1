import { spawnSync } from 'node:child_process';

function git(root: string, args: readonly string[]): string | undefined {
  const result = spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', timeout: 30_000, stdio: ['ignore', 'pipe', 'ignore'] });
  return result.status === 0 ? result.stdout : undefined;
}

/**
 * The commit a catalogue folder is checked out at, when it is tracked in a git work tree (and git
 * is installed); `dirty` when its YAML files — what powercat reads as the catalogue — differ from
 * that commit: changed, staged, deleted, or new and not ignored. Other files (an output folder
 * inside the catalogue, notes) do not count, so building twice in a row gives the same answer.
 */
export function catalogueCommit(root: string): { id: string; dirty: boolean } | undefined {
  const id = git(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])?.trim();
  if (id === undefined || !/^[0-9a-f]{40,64}$/.test(id)) return undefined;
  const tracked = git(root, ['ls-files', '-z', '--', '.']);
  if (tracked === undefined || tracked === '') return undefined; // a folder inside a repository that does not track it
  const status = git(root, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']);
  if (status === undefined) return undefined;
  // `XY path\0` per file, and a rename's old path as one more field: only the names' ends matter
  return { id, dirty: status.split('\0').some((field) => /\.ya?ml$/i.test(field)) };
}
