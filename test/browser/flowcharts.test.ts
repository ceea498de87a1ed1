import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_LABEL_PX } from '../../src/flowchart/chart-style.js';
import { fileSafe } from '../../src/site/file-safe.js';
import { ARTIFACTS, siteInBrowser } from '../helpers/browser.js';
import { EXAMPLE } from './example-site.js';

/*
 * The charts as a reader meets them, in Chromium: legible on a phone, no line under a label, no
 * line of a label starting with a closing mark. Screenshots of a licensing and a penalty power's
 * charts on a desktop, a phone and in print go to test/artifacts/chart-<kind>-<view>.png.
 */
const site = siteInBrowser(() => EXAMPLE);

/** A licensing and a penalty power of the example, each with an external and an internal chart, risks marked. */
const SUBJECTS = { licensing: '00013101100Y', penalty: '000231001000' } as const;
const VIEWS: Record<'desktop' | 'phone' | 'print', BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  // A4 at 96 dpi
  print: { viewport: { width: 794, height: 1123 } },
};
/** What may not start a line: closing brackets and quotes, and the marks that end or pause a sentence. */
const CLOSING = /^[\p{Pe}\p{Pf}，。、；：！？,.;:!?%％…]/u;

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

async function openPower(code: string, options: BrowserContextOptions): Promise<Page> {
  const page = await site.newPage(options);
  await page.goto(site.url(`powers/${fileSafe(code)}.html`));
  return page;
}

/** Each label's font size as drawn on screen (CSS px): its size in the chart times the chart's scale. */
function labelSizes(page: Page) {
  return page.locator('.chart-image svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent, px: parseFloat(getComputedStyle(text).fontSize) * scale }));
    }),
  );
}

describe.each(Object.entries(SUBJECTS))('the %s power’s charts', (kind, code) => {
  it.each(Object.keys(VIEWS) as (keyof typeof VIEWS)[])('on %s (screenshot in test/artifacts)', async (view) => {
    const page = await openPower(code, VIEWS[view]);
    if (view === 'print') await page.emulateMedia({ media: 'print' });
    const section = page.locator('section[aria-labelledby="flowcharts"]');
    await section.screenshot({ path: join(ARTIFACTS, `chart-${kind}-${view}.png`) });
    expect(await page.locator('.chart-image svg').count()).toBe(2);
    for (const svg of await page.locator('.chart-image svg').all()) expect((await svg.boundingBox())!.height).toBeGreaterThan(100);
  }, 30_000);

  it(`has labels of at least ${MIN_LABEL_PX} CSS px at 375 px (scrolling sideways where the chart is wider), and a link that opens each chart alone`, async () => {
    const page = await openPower(code, VIEWS.phone);
    const sizes = await labelSizes(page);
    expect(sizes.length).toBeGreaterThan(10);
    for (const size of sizes) expect(size.px, size.text ?? '').toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.01);
    // the page itself never scrolls sideways: a chart wider than the screen scrolls in its own box
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(375);
    const links = await page.locator('.chart-open a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links).toHaveLength(2);
    for (const link of links) {
      const response = await page.request.get(link);
      expect(response.status(), link).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^image\/svg\+xml/);
      expect(await response.text()).toMatch(/^<svg [^>]*class="fc"[^>]*><style>/);
    }
  }, 30_000);
});

describe('every chart of the example, opened alone', () => {
  const charts = () => readdirSync(join(site.dir, 'flowcharts')).filter((f) => f.endsWith('.svg'));
  /** A page for the charts' own files. A document without an icon link (an SVG) makes the browser ask the origin for /favicon.ico, which a site under a path cannot answer: not a problem of the site's. */
  async function chartPage(): Promise<Page> {
    const page = await site.newPage();
    await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    return page;
  }

  it('no edge runs through a step’s or a branch label’s text (points every pixel along each edge, getPointAtLength)', async () => {
    const page = await chartPage();
    expect(charts().length).toBeGreaterThan(10);
    for (const file of charts()) {
      await page.goto(site.url(`flowcharts/${file}`));
      const crossings = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('text')].map((text) => ({ text: text.textContent, box: text.getBBox() }));
        const found: string[] = [];
        for (const [e, path] of [...document.querySelectorAll<SVGPathElement>('g.e path')].entries()) {
          const length = path.getTotalLength();
          for (let at = 0; at <= length; at += 1) {
            const { x, y } = path.getPointAtLength(at);
            const hit = boxes.find(({ box }) => x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height);
            if (hit) {
              found.push(`edge ${e} at (${x.toFixed(1)}, ${y.toFixed(1)}) through “${hit.text}”`);
              break;
            }
          }
        }
        return found;
      });
      expect(crossings, file).toEqual([]);
    }
  }, 120_000);

  it('no line of a label starts with a closing mark (，。、；：）》” …)', async () => {
    const page = await chartPage();
    for (const file of charts()) {
      await page.goto(site.url(`flowcharts/${file}`));
      const lines = await page.locator('text').allTextContents();
      expect(lines.length, file).toBeGreaterThan(2);
      expect(lines.filter((line) => CLOSING.test(line)), file).toEqual([]);
    }
  }, 60_000);
});
