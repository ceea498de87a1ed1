import { readFileSync } from 'node:fs';
import { ICON_PATH, SCRIPT_PATHS } from './pages/common.js';

/** The site's scripts and icon, kept as plain files in site-assets/ and copied as they are. */
export function staticFiles(): Map<string, string> {
  return new Map(
    [...Object.values(SCRIPT_PATHS), ICON_PATH].map((path) => [path, readFileSync(new URL(`../../site-assets/${path.replace(/^assets\//, '')}`, import.meta.url), 'utf8')]),
  );
}
