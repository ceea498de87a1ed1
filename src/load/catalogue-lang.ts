import { join } from 'node:path';
import { CATALOGUE_FILE, findCatalogueRoot } from './find-root.js';
import { DEFAULT_PARSE_LIMITS } from './reference-parse.js';
import { readSourceFile } from './read-file.js';

/**
 * The `lang` of the catalogue a folder belongs to, read from its powercat.yaml alone: the
 * language a command speaks in before (or without) reading the whole catalogue — a preview
 * whose build failed, a watch waiting for changes. Undefined when there is none to read.
 */
export function catalogueLangOf(path: string): unknown {
  const root = findCatalogueRoot(path);
  if (root === undefined) return undefined;
  const file = readSourceFile(join(root, CATALOGUE_FILE), { ...DEFAULT_PARSE_LIMITS, maxFileBytes: 1024 * 1024 });
  const catalogue = file.documents.find((d) => d.kind === 'Catalogue')?.value;
  return (catalogue as { lang?: unknown } | undefined)?.lang;
}
