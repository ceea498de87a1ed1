import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../../core/errors.js';
import { CATALOGUE_FILE } from '../../load/find-root.js';
import { starterFiles } from '../../scaffold/starter-files.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';

export function initCommand(dir: string): number {
  const root = resolve(dir);
  if (existsSync(join(root, CATALOGUE_FILE))) {
    throw new UsageError(`${join(dir, CATALOGUE_FILE)} already exists; init only starts new catalogues`);
  }
  const id = basename(root).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'catalogue';
  const files = starterFiles(/^[a-z0-9]/.test(id) ? id : `catalogue-${id}`);
  for (const [path, content] of Object.entries(files)) writeFileAtomic(join(root, path), content);
  process.stdout.write(
    `created a catalogue in ${dir} (${Object.keys(files).length} files); next: edit it, then run "powercat lint ${dir}"\n`,
  );
  return EXIT.ok;
}
