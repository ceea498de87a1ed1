import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HOME_PATH } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { EXAMPLE, HAN, NAME_QUERY, searchPath, subjectPower } from './example-site.js';
import { searchAnswer } from './search-page.js';

const site = siteInBrowser(() => EXAMPLE);

const homeLink = (page: Page) => page.locator('nav.site-nav a').first().textContent();
const uiLanguage = (page: Page) => page.evaluate(() => document.documentElement.dataset.ui);
/** The search status without the query it quotes: what is left is in the interface language. */
const statusWording = async (page: Page) => (await page.locator('#search-status').textContent())!.replaceAll(NAME_QUERY, '');

describe('the English interface toggle', { timeout: 120_000 }, () => {
  it('switches the labels to English, keeps the choice across pages, and switches back', async () => {
    const page = await site.newPage();
    await page.goto(site.url(HOME_PATH));
    const toggle = page.locator('#ui-lang-toggle');
    await expect.poll(() => toggle.isVisible(), { message: 'the header shows the toggle button #ui-lang-toggle (assets/lang.js)', timeout: 3000 }).toBe(true);

    await toggle.click();
    expect(await homeLink(page)).toBe('Home');
    expect(await uiLanguage(page)).toBe('en');

    await page.goto(site.url(subjectPower(site.dir).path));
    expect(await homeLink(page)).toBe('Home');
    expect(await uiLanguage(page)).toBe('en');

    await page.goto(site.url(searchPath(NAME_QUERY)));
    await searchAnswer(page, NAME_QUERY);
    expect(await statusWording(page)).toMatch(/[A-Za-z]/);
    expect(await statusWording(page)).not.toMatch(HAN);
    const firstResult = page.locator('#search-results .result-meta').first();
    expect(await firstResult.textContent()).toContain('Administrative licensing');

    await toggle.click();
    expect(await homeLink(page)).toBe('首页');
    expect(await uiLanguage(page)).not.toBe('en');
    await expect.poll(() => statusWording(page)).toMatch(HAN);
    await expect.poll(() => firstResult.textContent()).toContain('行政许可');
  });
});
