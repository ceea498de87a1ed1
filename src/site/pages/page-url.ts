import { httpUrl } from '../public-data.js';

/** A page's address on the published site (`site.baseUrl` + its path), when the catalogue gives one. */
export function pageUrl(baseUrl: string | undefined, path: string): string | undefined {
  const base = httpUrl(baseUrl);
  return base === undefined ? undefined : `${base.endsWith('/') ? base : `${base}/`}${path}`;
}
