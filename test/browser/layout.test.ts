import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, siteInBrowser } from '../helpers/browser.js';
import { DEPARTMENT, EXAMPLE, HOME, POWER, SEARCH_RESULTS, openExamplePage } from './example-site.js';

/** A title of 30 characters, longer than the example's own: the header must still not wrap from 1024 px up. */
const LONG_TITLE = '青水县人民政府工作部门权力清单和责任清单信息公开网站（试行）';

/** The example, with the long title. */
function exampleWithLongTitle(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'powercat-layout-')), 'catalogue');
  cpSync(EXAMPLE, dir, { recursive: true });
  const config = join(dir, 'powercat.yaml');
  writeFileSync(config, readFileSync(config, 'utf8').replace(/^( {2}title: ).*$/m, `$1${LONG_TITLE}`));
  return dir;
}

const site = siteInBrowser(exampleWithLongTitle);

const mobile = (width: number, height: number): BrowserContextOptions => ({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const VIEWPORTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'desktop', options: { viewport: { width: 1280, height: 800 } } },
  { name: 'mobile', options: mobile(375, 812) },
];

/**
 * The page's width beyond the viewport it was laid out for, and the elements that stick out
 * (those whose parent does not). Measured against the viewport given, not innerWidth: a mobile
 * browser zooms out to fit a page that is too wide, and innerWidth grows with it. What scrolls
 * inside a box of its own that fits (a flowchart too wide to be legible at the width, WCAG 1.4.10's
 * exception for two-dimensional content) does not count.
 */
function overflow(page: Page) {
  const width = page.viewportSize()!.width;
  return page.evaluate((width) => {
    const sticksOut = (el: Element | null) => el !== null && el.getBoundingClientRect().right > width + 1;
    const scrollsInABox = (el: Element) => {
      for (let box = el.parentElement; box !== null; box = box.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) return !sticksOut(box);
      }
      return false;
    };
    const culprits = [...document.querySelectorAll('body *')].filter((el) => sticksOut(el) && !sticksOut(el.parentElement) && !scrollsInABox(el));
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')} to ${Math.round(el.getBoundingClientRect().right)}px`;
    return { beyond: Math.max(0, document.scrollingElement!.scrollWidth - width), culprits: culprits.map(describe) };
  }, width);
}
const FITS = { beyond: 0, culprits: [] };

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

describe.each(VIEWPORTS)('at $name width', { timeout: 120_000 }, ({ name: viewport, options }) => {
  it.each([HOME, POWER, SEARCH_RESULTS])('the $name page fits the width (screenshot in test/artifacts)', async (examplePage) => {
    const page = await openExamplePage(site, examplePage, options);
    await page.screenshot({ path: join(ARTIFACTS, `site-${examplePage.name}-${viewport}.png`), fullPage: true });
    expect(await overflow(page)).toEqual(FITS);
  });
});

describe.each(['中文', 'English'])('at 320 px, the width WCAG 1.4.10 (reflow) asks for, in the %s interface', { timeout: 120_000 }, (language) => {
  it.each([HOME, DEPARTMENT, POWER, SEARCH_RESULTS])('the $name page needs no horizontal scrolling', async (examplePage) => {
    const page = await openExamplePage(site, examplePage, mobile(320, 640));
    if (language === 'English') await page.locator('#ui-lang-toggle').click();
    expect(await overflow(page)).toEqual(FITS);
  });
});

/** Where each part of the header is: the title's lines, and the rows its parts sit in. */
function header(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
    const title = document.querySelector('.site-title a')!;
    const navTops = [...document.querySelectorAll('.site-nav li')].map((li) => Math.round(li.getBoundingClientRect().top));
    return {
      titleLines: title.getClientRects().length,
      titleRow: { top: box('.site-title')!.top, bottom: box('.site-title')!.bottom },
      searchMiddle: (box('.site-search')!.top + box('.site-search')!.bottom) / 2,
      toggleMiddle: (box('#ui-lang-toggle')!.top + box('#ui-lang-toggle')!.bottom) / 2,
      navRows: new Set(navTops).size,
      navTop: box('.site-nav')!.top,
      height: box('.site-header')!.height,
    };
  });
}

describe.each([1024, 1280, 1440])('the header at %i px with a 30-character title', { timeout: 120_000 }, (width) => {
  it('never wraps: the title on one line beside the search and the language toggle, the navigation on one row below', async () => {
    expect(LONG_TITLE).toHaveLength(30);
    const page = await openExamplePage(site, POWER, { viewport: { width, height: 800 } });
    const at = await header(page);
    await page.locator('.site-header').screenshot({ path: join(ARTIFACTS, `site-header-${width}.png`) });
    expect(at.titleLines).toBe(1);
    for (const middle of [at.searchMiddle, at.toggleMiddle]) {
      expect(middle).toBeGreaterThan(at.titleRow.top - 8);
      expect(middle).toBeLessThan(at.titleRow.bottom + 8);
    }
    expect(at.navRows).toBe(1);
    expect(at.navTop).toBeGreaterThanOrEqual(at.titleRow.bottom);
  });
});

describe('the footer on a phone', { timeout: 120_000 }, () => {
  it('keeps every phone number on one line', async () => {
    const page = await openExamplePage(site, POWER, mobile(320, 640));
    const numbers = await page.locator('.site-footer .tel, main .tel').evaluateAll((els) => els.map((el) => ({ text: el.textContent, lines: el.getClientRects().length })));
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) expect(number, number.text ?? '').toMatchObject({ lines: 1 });
  });
});
