import type { PublicCatalogue } from '../public-data.js';
import { catalogueCsv } from './csv.js';
import { catalogueJson } from './json.js';
import { catalogueXlsx } from './xlsx.js';

/*
 * The open-data exports of the disclosure site (FORMAT §4), made only from the public data, so a
 * withheld field cannot reach them. Deterministic: the same catalogue and date give the same bytes.
 * docs/open-data.md describes the files.
 */

export const OPEN_DATA_PATHS = { json: 'data/catalogue.json', csv: 'data/catalogue.csv', xlsx: 'data/catalogue.xlsx' } as const;

export async function openDataFiles(catalogue: PublicCatalogue, generatedOn: string | undefined): Promise<Map<string, Uint8Array | string>> {
  if (generatedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(generatedOn)) throw new Error(`generatedOn must be a YYYY-MM-DD date, not "${generatedOn}"`);
  return new Map<string, Uint8Array | string>([
    [OPEN_DATA_PATHS.json, catalogueJson(catalogue, generatedOn)],
    [OPEN_DATA_PATHS.csv, catalogueCsv(catalogue)],
    [OPEN_DATA_PATHS.xlsx, await catalogueXlsx(catalogue, generatedOn)],
  ]);
}
