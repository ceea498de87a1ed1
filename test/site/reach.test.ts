import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POWER_TYPE } from '../../src/format/vocabulary.js';
import { SITE_CSS } from '../../src/site/assets.js';
import { qrModules } from '../../src/site/pages/qr.js';
import type { PublicPower } from '../../src/site/public-data.js';
import { renderPages, type PageInput } from '../../src/site/render-pages.js';
import { REPO } from '../helpers/catalogue.js';
import { rasteriseQrSvg, readQr } from '../helpers/qr.js';
import { exampleInput } from '../helpers/site-pages.js';

const JSON_LD = /<script type="application\/ld\+json">([^<]*)<\/script>/g;

/** The JSON-LD blocks of a page, parsed. */
const jsonLdOf = (html: string) => [...html.matchAll(JSON_LD)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>);

/** The printed page's QR codes: the SVG and the address written under it. */
const qrCodesOf = (html: string) =>
  [...html.matchAll(/<figure><svg class="qr"[^>]*>.*?<\/svg><figcaption>.*?<span class="url">([^<]*)<\/span><\/figcaption><\/figure>/g)].map((match) => ({
    svg: match[0],
    text: match[1]!.replaceAll('&amp;', '&'),
  }));

/** A power as a non-public one reaches the pages: its identity only (src/site/public-data.ts). */
const withheld = (power: PublicPower): PublicPower => ({
  code: power.code,
  name: power.name,
  type: power.type,
  department: power.department,
  path: power.path,
  public: false,
  withheld: [],
  exception: { reason: '涉及国家秘密', basis: '中华人民共和国保守国家秘密法第九条' },
  flowcharts: {},
});

describe('JSON-LD on power pages', { timeout: 120_000 }, () => {
  let input: PageInput;
  let pages: Map<string, string>;
  beforeAll(async () => {
    input = await exampleInput();
    pages = renderPages(input);
  }, 60_000);

  it('every power page has one GovernmentService that parses as JSON and says what the page says', () => {
    const { catalogue } = input;
    expect(catalogue.powers.length).toBeGreaterThan(10);
    for (const power of catalogue.powers) {
      const blocks = jsonLdOf(pages.get(power.path)!);
      expect(blocks, power.path).toHaveLength(1);
      expect(blocks[0]).toEqual({
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: power.name,
        identifier: power.code,
        serviceType: POWER_TYPE[power.type].zh,
        // a non-public power: identity only, not even its department's code
        provider: { '@type': 'GovernmentOrganization', name: power.department.name, ...(power.public && power.department.uscc && { identifier: power.department.uscc }) },
        areaServed: { '@type': 'AdministrativeArea', name: '青水县', identifier: '519901000000' },
        url: `https://qingshui.example.org/qlqd/${power.path}`,
        ...(power.online && { availableChannel: { '@type': 'ServiceChannel', serviceUrl: power.online } }),
      });
    }
    expect(catalogue.powers.filter((p) => !p.public).length, 'the example has a non-public power').toBeGreaterThan(0);
    for (const [path, html] of pages) if (!path.startsWith('powers/')) expect(jsonLdOf(html), path).toEqual([]);
  });

  it('a non-public power gives its identity only; without a base address the url is the page itself', () => {
    const [first, second] = input.catalogue.powers.filter((p) => p.online !== undefined && p.department.uscc !== undefined);
    const hidden = withheld(first!);
    const site = { ...input.catalogue.site, baseUrl: undefined };
    const rendered = renderPages({ ...input, catalogue: { ...input.catalogue, site, region: undefined, powers: [hidden, second!] } });
    expect(jsonLdOf(rendered.get(hidden.path)!)).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'GovernmentService',
        name: hidden.name,
        identifier: hidden.code,
        serviceType: POWER_TYPE[hidden.type].zh,
        provider: { '@type': 'GovernmentOrganization', name: hidden.department.name },
        url: posix.basename(hidden.path),
      },
    ]);
    expect(jsonLdOf(rendered.get(second!.path)!)[0]).toMatchObject({ url: posix.basename(second!.path), availableChannel: { serviceUrl: second!.online } });
  });

  it('data that would end the script element stays inside it, and reads back as written', () => {
    const power = input.catalogue.powers[0]!;
    const name = '</script><script>alert(1)</script><!-- & </SCRIPT >';
    const hostile = { ...power, name, department: { ...power.department, name: '<b>部门</b>' } };
    const html = renderPages({ ...input, catalogue: { ...input.catalogue, powers: [hostile] } }).get(power.path)!;
    expect(html).not.toContain('<script>alert(1)');
    expect(jsonLdOf(html)[0]).toMatchObject({ name, provider: { name: '<b>部门</b>' } });
  });
});

describe('QR codes on printed power pages', { timeout: 120_000 }, () => {
  let input: PageInput;
  let pages: Map<string, string>;
  beforeAll(async () => {
    input = await exampleInput();
    pages = renderPages(input);
  }, 60_000);

  it('decode to the page’s address and to the online handling link, on every power page', () => {
    let online = 0;
    for (const power of input.catalogue.powers) {
      const codes = qrCodesOf(pages.get(power.path)!);
      const expected = [`https://qingshui.example.org/qlqd/${power.path}`, ...(power.online === undefined ? [] : [power.online])];
      expect(codes.map((code) => code.text), power.path).toEqual(expected);
      for (const code of codes) {
        const { rgba, size } = rasteriseQrSvg(code.svg);
        expect(readQr(rgba, size, size), power.path).toBe(code.text);
      }
      if (power.online !== undefined) online++;
    }
    expect(online).toBeGreaterThan(2);
  });

  it('are left out without a base address or an online link, and hidden on screen', () => {
    const powers = input.catalogue.powers.map((p) => ({ ...p, online: undefined }));
    const rendered = renderPages({ ...input, catalogue: { ...input.catalogue, site: { ...input.catalogue.site, baseUrl: undefined }, powers } });
    for (const power of powers) expect(rendered.get(power.path), power.path).not.toContain('print-qr');
    const hidden = SITE_CSS.indexOf('\n.print-qr { display: none; }\n');
    const shown = SITE_CSS.indexOf('\n  .print-qr { display: flex;');
    expect(hidden).toBeGreaterThan(0);
    expect(SITE_CSS.lastIndexOf('\n@media print {', shown)).toBeGreaterThan(hidden);
  });

  it('encode any UTF-8 address the way readers decode it', () => {
    const text = 'https://例子.政务.cn/事项/000111001000?办理=网上&a=1';
    const modules = qrModules(text)!;
    const scale = 4;
    const size = (modules.length + 8) * scale;
    const rgba = new Uint8ClampedArray(size * size * 4).fill(255);
    modules.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (!dark) return;
        for (let py = (y + 4) * scale; py < (y + 5) * scale; py++) rgba.fill(0, (py * size + (x + 4) * scale) * 4, (py * size + (x + 5) * scale) * 4);
      }),
    );
    for (let i = 3; i < rgba.length; i += 4) rgba[i] = 255;
    expect(readQr(rgba, size, size)).toBe(text);
    expect(qrModules('x'.repeat(5000)), 'too long for any QR code').toBeUndefined();
  });
});

describe('Subresource Integrity', { timeout: 120_000 }, () => {
  it('every script and the stylesheet carry the SHA-256 of the bytes the site publishes', async () => {
    const pages = renderPages(await exampleInput());
    const published = (path: string) => (path === 'assets/site.css' ? SITE_CSS : readFileSync(join(REPO, 'site-assets', posix.basename(path)), 'utf8'));
    let checked = 0;
    for (const [page, html] of pages) {
      const refs = [...html.matchAll(/<(?:script[^>]* src|link rel="stylesheet" href)="([^"]+)"([^>]*)>/g)];
      expect(refs.length, page).toBeGreaterThanOrEqual(3);
      for (const [tag, href] of refs) {
        const path = posix.normalize(posix.join(posix.dirname(page), href!));
        const hash = createHash('sha256').update(published(path)).digest('base64');
        expect(tag, `${page}: ${href}`).toContain(`integrity="sha256-${hash}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(pages.size * 3 - 1);
  }, 60_000);
});
