import { closeSync, openSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders } from './make-folders.js';

/**
 * Writes beside the target and renames, so a reader never sees half a file. Content in pieces is
 * written piece by piece: joining 8 MB first took longer than writing them.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  if (isSpecialFile(path)) {
    write(path, content); // /dev/null, a FIFO: renaming over them would replace them
    return;
  }
  makeFolders(dirname(path));
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    write(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function write(path: string, content: string | Uint8Array | readonly Uint8Array[]): void {
  if (!Array.isArray(content)) {
    writeFileSync(path, content as string | Uint8Array);
    return;
  }
  const fd = openSync(path, 'w');
  try {
    for (const piece of content) {
      for (let at = 0; at < piece.length; ) at += writeSync(fd, piece, at);
    }
  } finally {
    closeSync(fd);
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}
