import { join, resolve } from 'node:path';
import { plural, type Lang } from '../../core/messages.js';
import { buildSchemas, schemaFileName, SCHEMA_NAMES } from '../../schema/index.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { EXIT } from '../exit-codes.js';
import { checkOutputPath } from '../output-paths.js';

export function schemaJson(name: (typeof SCHEMA_NAMES)[number]): string {
  return JSON.stringify(buildSchemas()[name], null, 2) + '\n';
}

export function schemaCommand(out: string, lang: Lang): number {
  checkOutputPath(out, 'filled folder', `--out ${out}`);
  const dir = resolve(out);
  for (const name of SCHEMA_NAMES) writeFileAtomic(join(dir, schemaFileName(name)), schemaJson(name));
  process.stdout.write(lang === 'en' ? `wrote ${plural(SCHEMA_NAMES.length, 'schema')} to ${out}\n` : `已把 ${SCHEMA_NAMES.length} 个 JSON Schema 写入 ${out}\n`);
  return EXIT.ok;
}
