import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SITE_CSS } from './assets.js';
import { ICON_PATH, SCRIPT_PATHS, STYLESHEET_PATH } from './pages/common.js';

/** The site's scripts and icon, kept as plain files in site-assets/ and copied as they are. */
export function staticFiles(): Map<string, string> {
  return new Map(
    [...Object.values(SCRIPT_PATHS), ICON_PATH].map((path) => [path, readFileSync(new URL(`../../site-assets/${path.replace(/^assets\//, '')}`, import.meta.url), 'utf8')]),
  );
}

/** Everything in assets/: the stylesheet, the scripts, the icon. */
export function assetFiles(): Map<string, string> {
  return new Map([[STYLESHEET_PATH, SITE_CSS], ...staticFiles()]);
}

let integrity: ReadonlyMap<string, string> | undefined;

/** Subresource Integrity (`sha256-…`) of each asset, by path, from the bytes the site publishes. */
export function assetIntegrity(): ReadonlyMap<string, string> {
  integrity ??= new Map([...assetFiles()].map(([path, text]) => [path, `sha256-${createHash('sha256').update(text).digest('base64')}`]));
  return integrity;
}
