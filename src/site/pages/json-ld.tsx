import { POWER_TYPE } from '../../format/vocabulary.js';
import type { PublicCatalogue, PublicPower } from '../public-data.js';

/**
 * A power as schema.org data for search engines and other machines: a `GovernmentService` named by
 * the power, provided by its department, in the catalogue's region. A non-public power gives its
 * identity only (code, name, type, department), as its page does.
 */
export function governmentService(power: PublicPower, region: PublicCatalogue['region'], url: string | undefined): Record<string, unknown> {
  const provider = { '@type': 'GovernmentOrganization', name: power.department.name, ...(power.public && power.department.uscc !== undefined && { identifier: power.department.uscc }) };
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: power.name,
    identifier: power.code,
    serviceType: POWER_TYPE[power.type].zh,
    provider,
    ...(region !== undefined && { areaServed: { '@type': 'AdministrativeArea', name: region.name, identifier: region.code } }),
    // without a base address, the page itself (JSON-LD resolves a relative `url` against the page)
    url: url ?? power.path.slice(power.path.lastIndexOf('/') + 1),
    ...(power.public && power.online !== undefined && { availableChannel: { '@type': 'ServiceChannel', serviceUrl: power.online } }),
  };
}

/**
 * JSON as the text of a <script> element: `<`, `>` and `&` as \u escapes, so no `</script>` or
 * `<!--` in the data can end or change the element; JSON.parse reads it back unchanged.
 */
export const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Data, not script: browsers do not run it, so the page's CSP (script-src 'self') does not apply. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }} />;
}
