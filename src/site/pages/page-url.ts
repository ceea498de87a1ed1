import { httpUrl } from '../public-data.js';

/** `site.baseUrl` ending in `/`, ready for a page's path; undefined when the catalogue gives none. */
export const siteBase = (baseUrl: string | undefined): string | undefined => {
  const base = httpUrl(baseUrl);
  return base === undefined ? undefined : base.endsWith('/') ? base : `${base}/`;
};

/** A page's address on the published site (`site.baseUrl` + its path), when the catalogue gives one. */
export function pageUrl(baseUrl: string | undefined, path: string): string | undefined {
  const base = siteBase(baseUrl);
  return base === undefined ? undefined : `${base}${path}`;
}
