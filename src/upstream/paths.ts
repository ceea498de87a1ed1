import { listOf, recordOf, textOf } from '../model/read.js';

/**
 * Every path the `upstream` entries of a catalogue name (`source` and `previous`), as written:
 * read as data and left out of the catalogue's own files, even when they cannot be read (FORMAT §6).
 * Takes the raw Catalogue document, because discovery needs it before the model exists.
 */
export function upstreamPaths(catalogue: unknown): string[] {
  return listOf(recordOf(catalogue)?.upstream).flatMap((entry) => {
    const record = recordOf(entry);
    return [textOf(record?.source), textOf(record?.previous)].filter((path): path is string => path !== undefined && path.trim() !== '');
  });
}
