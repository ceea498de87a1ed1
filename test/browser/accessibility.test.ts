import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { UPSTREAM_PATH } from '../../src/site/pages/common.js';
import { siteInBrowser } from '../helpers/browser.js';
import { REPO } from '../helpers/catalogue.js';
import { DEPARTMENT, EXAMPLE, HOME, POWER, SEARCH_RESULTS, openExamplePage } from './example-site.js';

const site = siteInBrowser(() => EXAMPLE);
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** axe's serious and critical findings, one line per element, with the rule's help to fix it. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP would rightly refuse axe as an inline script.
  await page.evaluate(AXE_SOURCE);
  const results: AxeResults = await page.evaluate(() => window.axe.run());
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) at ${node.target.join(' ')}: ${v.help} ${v.helpUrl}\n  ${node.failureSummary}`));
}

describe('axe-core finds nothing serious or critical', () => {
  it.each([HOME, DEPARTMENT, POWER, SEARCH_RESULTS])('on the $name page', async (examplePage) => {
    const page = await openExamplePage(site, examplePage);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('axe-core finds nothing serious or critical on the upstream coverage page', () => {
  const county = siteInBrowser(() => join(REPO, 'examples/county'));
  it('of the example county (site.upstreamPage)', async () => {
    const page = await county.newPage();
    await page.goto(county.url(UPSTREAM_PATH));
    expect(await seriousViolations(page)).toEqual([]);
  });
});
