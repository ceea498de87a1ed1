import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const memo = new Map<string, string>();

/**
 * A fingerprint of powercat's own code (its compiled files, or its sources when run from them)
 * and of any further folders: what powercat made with other code is never reused. Hashing the
 * files themselves (≈ 1 MB) also covers a development checkout, where the version number does
 * not change with every edit.
 */
export function codeVersion(...folders: URL[]): string {
  const all = [new URL('../', import.meta.url), ...folders];
  const key = all.map((url) => url.href).join('\n');
  let version = memo.get(key);
  if (version !== undefined) return version;
  const hash = createHash('sha256');
  for (const folder of all) {
    const dir = fileURLToPath(folder);
    const files = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `${entry.parentPath}/${entry.name}`)
      .sort();
    for (const file of files) hash.update(file.slice(dir.length)).update('\0').update(readFileSync(file)).update('\0');
  }
  version = hash.digest('hex');
  memo.set(key, version);
  return version;
}
