import { sep } from 'node:path';

/* How the walk (discover.ts) makes paths: on their own, so that the stamper's thread loads nothing more to stamp them. */

/** path.join without its normalising: the walk's paths are normal already, and this runs for every file. */
export function child(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The absolute path of a file the walk lists (relative to the root, forward slashes), made as the walk makes it. */
export function absoluteOf(root: string, path: string): string {
  return child(root, sep === '/' ? path : path.split('/').join(sep));
}
