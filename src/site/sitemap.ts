import { xmlText } from './feed.js';
import { siteBase } from './pages/page-url.js';
import type { PublicCatalogue } from './public-data.js';

/*
 * sitemap.xml (sitemaps.org 0.9): every indexable page with the date it last changed — a power's
 * page its newest public date (生效、取消、调整), every other page the site's date. A sitemap lists
 * absolute URLs, so it is written only when the site has a `baseUrl`. Pages at superseded codes
 * are noindex and left out.
 */

export const SITEMAP_PATH = 'sitemap.xml';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function sitemapXml(catalogue: PublicCatalogue, pagePaths: readonly string[], generatedOn: string | undefined): string | undefined {
  const base = siteBase(catalogue.site.baseUrl);
  if (base === undefined) return undefined;
  const dateOf = new Map(
    catalogue.powers.map((p) => [p.path, [p.effective, p.abolishedOn, ...(p.history ?? []).map((h) => h.date)].filter((d): d is string => d !== undefined && ISO_DATE.test(d)).sort().at(-1)]),
  );
  const urls = pagePaths.map((path) => {
    const lastmod = dateOf.has(path) ? (dateOf.get(path) ?? generatedOn) : generatedOn;
    return `  <url><loc>${xmlText(`${base}${path}`)}</loc>${lastmod === undefined ? '' : `<lastmod>${lastmod}</lastmod>`}</url>`;
  });
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}
