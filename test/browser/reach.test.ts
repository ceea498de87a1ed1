import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { departmentPagePath, HOME_PATH } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { readQrPng } from '../helpers/qr.js';
import { seriousViolations } from './axe.js';
import { EXAMPLE } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);
const BASE_URL = 'https://qingshui.example.org/qlqd/';

interface Power {
  code: string;
  path: string;
  status: string;
  public: boolean;
  online?: { url: string };
  department: string | { id: string };
  flowcharts?: { external?: string };
}

/** A current public power with a flowchart and an online handling link, from the site's own open data. */
function subject(): Power {
  const { powers } = JSON.parse(readFileSync(join(site.dir, 'data/catalogue.json'), 'utf8')) as { powers: Power[] };
  const found = powers.find((p) => p.status === 'active' && p.public && p.online !== undefined && p.flowcharts?.external !== undefined);
  if (!found) throw new Error('the example has no current public power with a flowchart and an online link');
  return found;
}

const departmentId = (power: Power) => (typeof power.department === 'string' ? power.department : power.department.id);

/** A browser that has chosen the elder-friendly mode before (assets/elder.js's storage). */
const elderChosen = (): BrowserContextOptions => ({
  storageState: { cookies: [], origins: [{ origin: new URL(site.url('')).origin, localStorage: [{ name: 'powercat:elder', value: 'on' }] }] },
});

const rootFontSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
const elderMode = (page: Page) => page.evaluate(() => document.documentElement.dataset.elder ?? 'off');

describe('the elder-friendly mode (长者模式)', () => {
  it('switches to larger text, is remembered across reloads and pages, and switches back', async () => {
    const page = await site.newPage();
    await page.goto(site.url(subject().path));
    const toggle = page.locator('#elder-toggle');
    await expect.poll(() => toggle.isVisible(), { message: 'assets/elder.js shows the button', timeout: 3000 }).toBe(true);
    expect([await toggle.getAttribute('aria-pressed'), await elderMode(page), await rootFontSize(page)]).toEqual(['false', 'off', '16px']);

    await toggle.click();
    expect([await toggle.getAttribute('aria-pressed'), await elderMode(page), await rootFontSize(page)]).toEqual(['true', 'on', '20px']);
    await page.reload();
    expect([await elderMode(page), await rootFontSize(page)]).toEqual(['on', '20px']);
    expect(await page.locator('#elder-toggle').getAttribute('aria-pressed')).toBe('true');
    await page.goto(site.url(HOME_PATH));
    expect(await elderMode(page)).toBe('on');

    await page.locator('#elder-toggle').click();
    await page.reload();
    expect([await elderMode(page), await rootFontSize(page), await page.locator('#elder-toggle').getAttribute('aria-pressed')]).toEqual(['off', '16px', 'false']);
  }, 60_000);

  it('is set before the page is first drawn: a page that chose it never renders small', async () => {
    const page = await site.newPage(elderChosen());
    const seen: string[] = [];
    await page.exposeFunction('__seenFontSize', (size: string) => seen.push(size));
    // runs as the first element is parsed, after <head>'s scripts
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as unknown as { __seenFontSize(size: string): void }).__seenFontSize(getComputedStyle(document.documentElement).fontSize);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(site.url(HOME_PATH));
    await expect.poll(() => seen.length).toBe(1);
    expect(seen).toEqual(['20px']);
  }, 60_000);

  it('without JavaScript the page stays as written, whatever was chosen', async () => {
    const path = site.url(subject().path);
    const plain = await site.newPage();
    await plain.goto(path);
    const page = await site.newPage({ ...elderChosen(), javaScriptEnabled: false });
    await page.goto(path);
    expect(await page.locator('#elder-toggle').isVisible(), 'no dead button').toBe(false);
    expect([await elderMode(page), await rootFontSize(page)]).toEqual(['off', '16px']);
    expect(await page.locator('main').innerText()).toBe(await plain.locator('main').innerText());
  }, 60_000);

  it('needs no horizontal scrolling at 320 px (WCAG 1.4.10) with its larger text', async () => {
    const power = subject();
    for (const path of [HOME_PATH, departmentPagePath(departmentId(power)), power.path]) {
      const page = await site.newPage({ ...elderChosen(), viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
      await page.goto(site.url(path));
      expect(await rootFontSize(page)).toBe('20px');
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  }, 60_000);

  it('axe finds nothing serious or critical, in either mode', async () => {
    const power = subject();
    for (const path of [HOME_PATH, departmentPagePath(departmentId(power)), power.path]) {
      for (const [mode, options] of [['off', {}], ['on', elderChosen()]] as const) {
        const page = await site.newPage(options);
        await page.goto(site.url(path));
        await expect.poll(() => page.locator('#elder-toggle').isVisible()).toBe(true);
        expect(await elderMode(page)).toBe(mode);
        expect(await seriousViolations(page), `${path}, elder mode ${mode}`).toEqual([]);
      }
    }
  }, 120_000);
});

describe('a power page', () => {
  it('printed, shows QR codes that decode to its address and its online link; on screen they are hidden', async () => {
    const power = subject();
    const page = await site.newPage({ deviceScaleFactor: 3 });
    await page.goto(site.url(power.path));
    expect(await page.locator('.print-qr').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const codes = page.locator('.print-qr svg');
    expect(await codes.count()).toBe(2);
    const decoded = [];
    for (const code of await codes.all()) {
      expect(await code.isVisible()).toBe(true);
      decoded.push(readQrPng(await code.screenshot()));
    }
    expect(decoded).toEqual([`${BASE_URL}${power.path}`, power.online!.url]);
  }, 60_000);

  it('carries its JSON-LD as data: the browser runs none of it and reports no CSP violation (checked after each test)', async () => {
    const page = await site.newPage();
    await page.goto(site.url(subject().path));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { '@type': string };
    expect(data['@type']).toBe('GovernmentService');
    // the stylesheet and scripts, each with its integrity, were applied and ran
    expect(await page.locator('.site-header').evaluate((header) => getComputedStyle(header).backgroundColor)).toBe('rgb(11, 79, 138)');
    await expect.poll(() => page.locator('#ui-lang-toggle').isVisible()).toBe(true);
  }, 60_000);
});
