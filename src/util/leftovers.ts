import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Whether the process that named something after its id is gone: no process has that id, or this
 * one does, which is then a later process with a reused id (every run in a container is process 1).
 * A process of another user counts as running (signalling it is only refused).
 */
export function hasEnded(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'EPERM';
  }
}

/**
 * Removes what killed runs left in `dir`: the entries whose name `pattern` matches, with the id of
 * the process that made them as its group `pid`, when that process has ended — except those this
 * process uses (`inUse`). What cannot be removed (another user's) is left alone.
 */
export function removeLeftovers(dir: string, pattern: RegExp, inUse: (name: string) => boolean = () => false): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.groups?.pid ?? 0);
    if (pid <= 0 || !hasEnded(pid) || inUse(name)) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
    } catch {
      // another user's: the next run tries again
    }
  }
}
