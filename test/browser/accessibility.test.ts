import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../helpers/browser.js';
import { seriousViolations } from './axe.js';
import { DEPARTMENT, EXAMPLE, HOME, POWER, SEARCH_RESULTS, openExamplePage } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);

describe('axe-core finds nothing serious or critical', () => {
  it.each([HOME, DEPARTMENT, POWER, SEARCH_RESULTS])('on the $name page', async (examplePage) => {
    const page = await openExamplePage(site, examplePage);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
