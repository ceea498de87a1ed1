import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CATALOGUE_FILE = 'powercat.yaml';

/** The folder holding `powercat.yaml`: the given folder (or a file's folder) or the nearest above it. */
export function findCatalogueRoot(path: string): string | undefined {
  const absolute = resolve(path);
  let dir = isDirectory(absolute) ? absolute : dirname(absolute);
  for (;;) {
    if (existsSync(join(dir, CATALOGUE_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
