import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `mkdir -p`, one level at a time: Node's `mkdirSync(…, {recursive: true})` never returns where a
 * file system answers ENOENT for a parent that exists (/proc).
 */
export function makeFolders(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeFolders(parent);
  mkdirSync(dir);
}
