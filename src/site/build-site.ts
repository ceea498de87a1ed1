import { createHash } from 'node:crypto';
import { standaloneSvg } from '../flowchart/draw-chart.js';
import type { RenderedFlowchart } from '../flowchart/render-flowcharts.js';
import type { CatalogueModel } from '../model/types.js';
import type { OutputUnit } from '../output/output-dir.js';
import { codeVersion } from './code-version.js';
import { openDataFiles } from './exports/index.js';
import { flowchartPath } from './pages/common.js';
import { changeEntries, movedCodes } from './changes.js';
import { FEED_PATH, feedXml } from './feed.js';
import { CHANGES_PATH } from './pages/changelog.js';
import { publicCatalogue, type PublicCatalogue } from './public-data.js';
import { SITEMAP_PATH, sitemapXml } from './sitemap.js';
import { manifestFiles, PUBLIC_KEY_PATH, type Release } from './manifest.js';
import { siteDate } from './site-date.js';
import { pagePlans } from './render-pages.js';
import { searchIndexFiles, searchRecords } from './search-index.js';
import { assetFiles, assetIntegrity } from './static-files.js';

const keyOf = (...parts: unknown[]) => createHash('sha256').update(JSON.stringify([codeVersion(), ...parts])).digest('hex');

/**
 * The disclosure site as output units: every page, every flowchart, the stylesheet and scripts,
 * the search index, the open data, the signing key when signed, and last the manifest of them all.
 * Each unit's key covers everything its bytes depend on, so an unchanged unit can be taken from
 * the previous build; produced, the same input gives the same bytes.
 */
export function siteUnits(model: CatalogueModel, flowcharts: readonly RenderedFlowchart[], sourceDate: string | undefined, release: Release = {}): OutputUnit[] {
  const catalogue = publicCatalogue(model, flowcharts);
  const generatedOn = siteDate(catalogue, sourceDate);
  const publicKey = release.signing?.publicKey;
  const integrity = [...assetIntegrity()];
  const published = new Set(catalogue.powers.flatMap((p) => Object.values(p.flowcharts)));
  const shown = flowcharts.filter((f) => published.has(f.id));
  const chartKey = new Map(shown.map((f) => [f.id, f.key]));
  const plans = pagePlans({ catalogue, flowcharts: new Map(shown.map((f) => [f.id, { svg: f.svg, spec: f }])), generatedOn, keyFingerprint: publicKey?.fingerprint });
  const records = searchRecords(catalogue);
  return [
    ...plans.map(
      (plan): OutputUnit => ({
        name: plan.path,
        key: keyOf(plan.path, catalogue.site, generatedOn, plan.shows, plan.flowchartIds.map((id) => chartKey.get(id)), integrity, publicKey?.fingerprint),
        group: 'pages',
        produce: () => new Map([[plan.path, plan.render()]]),
      }),
    ),
    ...shown.flatMap(({ id, key, svg }): OutputUnit[] =>
      svg === undefined ? [] : [{ name: flowchartPath(id), key: keyOf(key), group: 'flowchart files', produce: () => new Map([[flowchartPath(id), standaloneSvg(svg)]]) }],
    ),
    { name: 'assets', key: keyOf('assets', integrity), group: 'assets', produce: () => assetFiles() },
    ...(publicKey === undefined ? [] : [{ name: PUBLIC_KEY_PATH, key: keyOf(publicKey.pem), group: 'assets', produce: () => new Map([[PUBLIC_KEY_PATH, publicKey.pem]]) }]),
    { name: 'search index', key: keyOf(records), group: 'search index', produce: () => searchIndexFiles(records) },
    { name: 'open data', key: keyOf(catalogue, generatedOn), group: 'open data', produce: () => openDataFiles(catalogue, generatedOn) },
    ...changeUnits(catalogue, plans.map((plan) => plan.path), generatedOn),
    {
      name: 'manifest',
      group: 'manifest',
      last: true,
      produce: (written) =>
        manifestFiles(written, { id: catalogue.id, name: catalogue.name, dataDate: generatedOn, commit: release.commit?.id, dirty: release.commit?.dirty || undefined }, release),
    },
  ];
}

/** The Atom feed of the changelog, and the sitemap (with a `baseUrl` only). */
function changeUnits(catalogue: PublicCatalogue, pagePaths: readonly string[], generatedOn: string | undefined): OutputUnit[] {
  const entries = changeEntries(catalogue);
  const moved = new Set(movedCodes(catalogue).map((m) => m.path));
  const indexed = pagePaths.filter((path) => !moved.has(path));
  const feed = feedXml(catalogue, entries, CHANGES_PATH, generatedOn);
  const sitemap = sitemapXml(catalogue, indexed, generatedOn);
  return [
    ...(feed === undefined ? [] : [{ name: FEED_PATH, key: keyOf(FEED_PATH, feed), group: 'feed', produce: () => new Map([[FEED_PATH, feed]]) }]),
    ...(sitemap === undefined ? [] : [{ name: SITEMAP_PATH, key: keyOf(SITEMAP_PATH, sitemap), group: 'sitemap', produce: () => new Map([[SITEMAP_PATH, sitemap]]) }]),
  ];
}
