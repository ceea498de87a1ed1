import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { removeLeftovers } from '../util/leftovers.js';

const PROFILE = /^powercat-chromium-(?<pid>\d+)-[A-Za-z0-9]{6}$/;

/** This process's browser profiles still in use. */
const inUse = new Set<string>();

/**
 * A fresh profile folder for one browser, named after this process (`powercat-chromium-<pid>-…` in
 * the temporary folder), so that a later run can tell when its owner was killed.
 */
export function makeProfileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), `powercat-chromium-${process.pid}-`));
  inUse.add(basename(dir));
  return dir;
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  inUse.delete(basename(dir));
}

/** Removes the profile folders of runs that were killed (their browsers died with them). */
export function removeOrphanedProfiles(): void {
  removeLeftovers(tmpdir(), PROFILE, (name) => inUse.has(name));
}
