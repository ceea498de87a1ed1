import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeFolders } from './make-folders.js';

/** Writes beside the target and renames, so a reader never sees half a file. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  if (isSpecialFile(path)) {
    writeFileSync(path, content); // /dev/null, a FIFO: renaming over them would replace them
    return;
  }
  makeFolders(dirname(path));
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function isSpecialFile(path: string): boolean {
  try {
    return !statSync(path).isFile();
  } catch {
    return false;
  }
}
