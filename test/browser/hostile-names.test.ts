import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileSafe } from '../../src/site/file-safe.js';
import { departmentPagePath, typePagePath } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { makeCatalogue } from '../helpers/catalogue.js';
import { DEPARTMENT, power } from '../helpers/fixtures.js';
import { searchPath } from './example-site.js';
import { searchAnswer } from './search-page.js';

/** Names that would run script if any page wrote them as markup; each sets a marker or opens a dialog. */
const HOSTILE = [
  { code: '000231001000', name: '<img src=x onerror=alert(1)>' },
  { code: '000231002000', name: '<svg onload=window.__pwned=1>' },
  { code: '000231003000', name: '</title><script>window.__xss=1</script>' },
];
const MARKERS = ['__pwned', '__xss'];
const yamlQuoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

const site = siteInBrowser(() =>
  makeCatalogue({
    'departments/scjgj.yaml': DEPARTMENT,
    ...Object.fromEntries(HOSTILE.map(({ code, name }) => [`powers/${code}.yaml`, power(code, yamlQuoted(name))])),
  }),
);

/** Whatever a name could have smuggled in: elements, inline handlers, inline scripts, and the markers they set (JSON-LD is data, not script). */
function smuggled(page: Page) {
  return page.evaluate(
    (markers) => ({
      elements: [...document.querySelectorAll('main img, main svg, main script, script:not([src]), [onerror], [onload]')]
        .filter((e) => !(e instanceof HTMLScriptElement && e.type === 'application/ld+json'))
        .map((e) => e.outerHTML),
      markers: markers.filter((marker) => marker in window),
    }),
    MARKERS,
  );
}
const NOTHING_SMUGGLED = { elements: [], markers: [] };

const linkTexts = (page: Page) => page.locator('main a').allTextContents();

describe.each(HOSTILE)('a power named $name', { timeout: 120_000 }, ({ code, name }) => {
  it('is plain text on its own page: heading and title', async () => {
    const page = await site.newPage();
    await page.goto(site.url(`powers/${fileSafe(code)}.html`));
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(await page.title()).toContain(name);
    expect(await smuggled(page)).toEqual(NOTHING_SMUGGLED);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { name: string };
    expect(data.name).toBe(name);
  });

  it('is plain text in the search results and the status that quotes the query', async () => {
    const page = await site.newPage();
    await page.goto(site.url(searchPath(name)));
    expect(await searchAnswer(page, name)).toContain(name);
    expect(await page.locator('#search-q').inputValue()).toBe(name);
    expect(await smuggled(page)).toEqual(NOTHING_SMUGGLED);
  });

  it('is plain text in the lists of its department and its type', async () => {
    const page = await site.newPage();
    for (const path of [departmentPagePath('scjgj'), typePagePath('penalty')]) {
      await page.goto(site.url(path));
      expect(await linkTexts(page), path).toContain(name);
      expect(await smuggled(page), path).toEqual(NOTHING_SMUGGLED);
    }
  });
});
