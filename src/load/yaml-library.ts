import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let library: YamlLibrary | undefined;

/**
 * `yaml` (the reference parser, with positions) is needed only for files that have findings or
 * that the fast path leaves to it; a clean catalogue never pays for loading it.
 */
export function yamlLibrary(): YamlLibrary {
  library ??= createRequire(import.meta.url)('yaml') as YamlLibrary;
  return library;
}
