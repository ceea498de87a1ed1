import { describe, expect, it } from 'vitest';
import { ABOLISHED_PATH, HOME_PATH } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { EXAMPLE, NAME_QUERY, searchPath, subjectPower } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);
const NO_SCRIPT = { javaScriptEnabled: false };

describe('without JavaScript', { timeout: 120_000 }, () => {
  it('the header form still reaches the search page, which says why it is empty and where to browse instead', async () => {
    const page = await site.newPage(NO_SCRIPT);
    await page.goto(site.url(HOME_PATH));
    expect(await page.locator('#ui-lang-toggle').isVisible(), 'no dead toggle button').toBe(false);
    await page.locator('form.site-search #site-search-q').fill(NAME_QUERY);
    await page.locator('form.site-search button[type=submit]').click();
    await page.waitForURL(site.url(searchPath(NAME_QUERY)));

    expect(await page.locator('#search-form #search-q').isVisible()).toBe(true);
    const guidance = page.locator('main .notice');
    expect(await guidance.isVisible()).toBe(true);
    expect(await guidance.textContent()).toContain('JavaScript');
    const targets = await guidance.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(targets).toEqual([`${HOME_PATH}#by-type`, `${HOME_PATH}#by-department`, ABOLISHED_PATH].map((path) => site.url(path)));
  });

  it('a power page is complete: the same text as with scripts, every section its contents link to, and its flowcharts', async () => {
    const subject = subjectPower(site.dir);
    const path = site.url(subject.path);
    const scripted = await site.newPage();
    await scripted.goto(path);
    const page = await site.newPage(NO_SCRIPT);
    await page.goto(path);

    expect(await page.locator('main').innerText()).toBe(await scripted.locator('main').innerText());
    const sections = await page.locator('nav.toc a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(sections.length).toBeGreaterThan(3);
    for (const section of sections) expect(await page.locator(`main ${section}`).isVisible(), section).toBe(true);
    const charts = await page.locator('.chart-image svg').all();
    expect(charts.length).toBe(Object.keys(subject.flowcharts!).length);
    for (const chart of charts) expect((await chart.boundingBox())!.height).toBeGreaterThan(100);
  });
});
