import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UPSTREAM_PATH } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { makeCatalogue, REPO } from '../helpers/catalogue.js';
import { V2_FILES } from '../helpers/v2-catalogue.js';
import { changesCatalogue } from '../helpers/changes-catalogue.js';
import { seriousViolations } from './axe.js';
import { DEPARTMENT, EXAMPLE, HOME, POWER, SEARCH_RESULTS, openExamplePage } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);

describe('axe-core finds nothing serious or critical', () => {
  it.each([HOME, DEPARTMENT, POWER, SEARCH_RESULTS])('on the $name page', async (examplePage) => {
    const page = await openExamplePage(site, examplePage);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});

describe('axe-core finds nothing serious or critical on the power pages of a v2 catalogue', () => {
  // Service guide, handling items, history, 未填写 and withheld sections (test/helpers/v2-catalogue.ts).
  const v2 = siteInBrowser(() => makeCatalogue(V2_FILES));
  it.each(['LIC-001', 'CON-002', 'LIC-003', 'LIC-004'])('on the page of %s', async (code) => {
    const page = await v2.newPage();
    await page.goto(v2.url(`powers/${code}.html`));
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});

describe('axe-core finds nothing serious or critical on the pages of change', () => {
  const changes = siteInBrowser(() => changesCatalogue(', baseUrl: "https://example.org/qlqd/"'));
  it.each([
    { name: 'changelog', path: 'changes.html' },
    { name: 'superseded code', path: 'powers/OLD-A.html' },
  ])('on the $name page', async ({ path }) => {
    const page = await changes.newPage();
    await page.goto(changes.url(path));
    expect(await page.locator('h1').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});

describe('axe-core finds nothing serious or critical on the upstream coverage page', () => {
  const county = siteInBrowser(() => join(REPO, 'examples/county'));
  it('of the example county (site.upstreamPage)', async () => {
    const page = await county.newPage();
    await page.goto(county.url(UPSTREAM_PATH));
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
