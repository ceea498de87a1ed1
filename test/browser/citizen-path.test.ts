import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FONT_HOW_TO, resolveCjkFont } from '../../src/flowchart/fonts.js';
import { HOME_PATH, departmentPagePath } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { EXAMPLE, HAN, NAME_QUERY, departmentName, searchPath, subjectPower } from './example-site.js';
import { searchAnswer } from './search-page.js';

const site = siteInBrowser(() => EXAMPLE);

/** The font families Chromium really drew each chart label containing Chinese with. */
async function chartLabelFonts(page: Page): Promise<string[][]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const selector = '.chart-image svg text';
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const ownTexts = await page.locator(selector).evaluateAll((spans) =>
    spans.map((span) => [...span.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')),
  );
  const fonts: string[][] = [];
  for (const [i, nodeId] of nodeIds.entries()) {
    if (!HAN.test(ownTexts[i]!)) continue;
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    fonts.push(used.map((font) => font.familyName));
  }
  return fonts;
}

describe('a citizen finds a power and who exercises it', { timeout: 120_000 }, () => {
  it('searches a word of its name from the header, opens it, sees its flowcharts and reaches its department', async () => {
    const subject = subjectPower(site.dir);
    const page = await site.newPage();
    await page.goto(site.url(HOME_PATH));
    await page.locator('form.site-search #site-search-q').fill(NAME_QUERY);
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(site.url(searchPath(NAME_QUERY)));
    expect(await page.locator('#search-q').inputValue()).toBe(NAME_QUERY);
    expect(await searchAnswer(page, NAME_QUERY)).toContain(subject.name);

    await page.locator('#search-results a').getByText(subject.name, { exact: true }).click();
    await page.waitForURL(site.url(subject.path));
    expect(await page.locator('h1').textContent()).toBe(subject.name);
    const charts = page.locator('.chart-image svg');
    expect(await charts.count()).toBe(Object.keys(subject.flowcharts!).length);
    for (const chart of await charts.all()) {
      expect(await chart.isVisible()).toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(100);
      expect(box!.height).toBeGreaterThan(100);
      expect(await chart.textContent()).toMatch(HAN);
    }
    const labelFonts = await chartLabelFonts(page);
    expect(labelFonts.length).toBeGreaterThan(4);
    const cjk = resolveCjkFont();
    if (!cjk.ok) throw new Error(FONT_HOW_TO.en);
    for (const families of labelFonts) expect(families).toContain(cjk.font);

    await page.getByRole('row', { name: /实施主体/ }).getByRole('link').click();
    await page.waitForURL(site.url(departmentPagePath(subject.department)));
    expect(await page.locator('h1').textContent()).toBe(departmentName(site.dir, subject.department));
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => `${(a as HTMLAnchorElement).href} ${a.textContent}`));
    expect(links).toContain(`${site.url(subject.path)} ${subject.name}`);
  }, 30_000);

  it('finds a power by the first eight digits of its code', async () => {
    const subject = subjectPower(site.dir);
    const prefix = subject.code.slice(0, 8);
    const page = await site.newPage();
    await page.goto(site.url(searchPath(prefix)));
    expect(await searchAnswer(page, prefix)).toContain(subject.name);
  });
});
