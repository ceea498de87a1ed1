import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let memo: string | undefined;

/**
 * A fingerprint of powercat's own code and site assets: a page built by another version of the
 * templates is never reused. Hashing the files themselves (≈ 1 MB) also covers a development
 * checkout, where the version number does not change with every edit.
 */
export function codeVersion(): string {
  if (memo !== undefined) return memo;
  const hash = createHash('sha256');
  for (const folder of ['../', '../../site-assets/']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`)
      .sort();
    for (const file of files) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  memo = hash.digest('hex');
  return memo;
}
