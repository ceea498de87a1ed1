import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative } from 'node:path';

/**
 * How to run powercat from where the user stands, for the "next:" line of init and import:
 * `npx powercat` when a node_modules/.bin/powercat is reachable from the current folder (powercat
 * is a dependency of the project there), else `powercat` when it is on PATH (a global install:
 * `npm i -g .` or `npm link`), else `node` with the path of the bin script that is running.
 */
export function powercatCommand(cwd: string, env: Record<string, string | undefined>, script: string | undefined): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (executable(join(dir, 'node_modules', '.bin', 'powercat'))) return 'npx powercat';
    if (dirname(dir) === dir) break;
  }
  if ((env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && executable(join(dir, 'powercat')))) return 'powercat';
  const bin = script === undefined ? 'bin/powercat.js' : realpathOr(script);
  const inside = relative(cwd, bin);
  return `node ${shellWord(inside === '' || inside.startsWith('..') || isAbsolute(inside) ? bin : inside)}`;
}

/** A path as one word of a POSIX shell command line. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
