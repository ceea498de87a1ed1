import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, siteInBrowser } from '../helpers/browser.js';
import { DEPARTMENT, EXAMPLE, HOME, POWER, SEARCH_RESULTS, openExamplePage } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);

const mobile = (width: number, height: number): BrowserContextOptions => ({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'mobile', options: mobile(375, 812) },
];

/**
 * The page's width beyond the viewport it was laid out for, and the elements that stick out
 * (those whose parent does not). Measured against the viewport given, not innerWidth: a mobile
 * browser zooms out to fit a page that is too wide, and innerWidth grows with it.
 */
function overflow(page: Page) {
  const width = page.viewportSize()!.width;
  return page.evaluate((width) => {
    const sticksOut = (el: Element | null) => el !== null && el.getBoundingClientRect().right > width + 1;
    const culprits = [...document.querySelectorAll('body *')].filter((el) => sticksOut(el) && !sticksOut(el.parentElement));
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} to ${Math.round(el.getBoundingClientRect().right)}px`;
    return { beyond: Math.max(0, document.scrollingElement!.scrollWidth - width), culprits: culprits.map(describe) };
  }, width);
}
const FITS = { beyond: 0, culprits: [] };

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

describe.each(VIEWPORTS)('at $name width', ({ name: viewport, options }) => {
  it.each([HOME, POWER, SEARCH_RESULTS])('the $name page fits the width (screenshot in test/artifacts)', async (examplePage) => {
    const page = await openExamplePage(site, examplePage, options);
    await page.screenshot({ path: join(ARTIFACTS, `site-${examplePage.name}-${viewport}.png`), fullPage: true });
    expect(await overflow(page)).toEqual(FITS);
  });
});

describe.each(['中文', 'English'])('at 320 px, the width WCAG 1.4.10 (reflow) asks for, in the %s interface', (language) => {
  it.each([HOME, DEPARTMENT, POWER, SEARCH_RESULTS])('the $name page needs no horizontal scrolling', async (examplePage) => {
    const page = await openExamplePage(site, examplePage, mobile(320, 640));
    if (language === 'English') await page.locator('#ui-lang-toggle').click();
    expect(await overflow(page)).toEqual(FITS);
  });
});
