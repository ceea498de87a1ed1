import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { browserArgs, findBrowser } from '../../src/flowchart/browser.js';
import { startPreview, type PreviewServer } from '../../src/preview/serve.js';
import { REPO, runCli } from './catalogue.js';

export const ARTIFACTS = join(REPO, 'test/artifacts');

/** Builds a catalogue's site into a fresh temporary folder (the default flowchart cache only saves time). */
export function buildSite(catalogue: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'powercat-browser-')), 'site');
  const built = runCli(['build', catalogue, '--out', out]);
  if (built.code !== 0) throw new Error(`powercat build ${catalogue} exited ${built.code}:\n${built.stderr}`);
  return out;
}

declare global {
  interface Window {
    __powercatCspViolation?: (report: string) => void;
  }
}

/** Everything a visitor should never meet, as readable lines: the test fails when any is recorded. */
async function recordProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' || message.text().includes('Content Security Policy')) {
      problems.push(`console ${message.type()} on ${message.page()?.url()}: ${message.text()}`);
    }
  });
  context.on('weberror', (error) => problems.push(`page error on ${error.page()?.url()}: ${error.error().message}`));
  context.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    // Leaving a page aborts what it still had in flight (the preview's reload channel, a late favicon): not a failure.
    if (error !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${error})`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  context.on('dialog', (dialog) => {
    problems.push(`dialog (${dialog.type()}) on ${dialog.page()?.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await Promise.all([
    context.exposeFunction('__powercatCspViolation', (report: string) => problems.push(`CSP violation: ${report}`)),
    // Init scripts run before the page's own and regardless of its CSP, so every violation is seen.
    context.addInitScript(() => {
      addEventListener('securitypolicyviolation', (event) => {
        window.__powercatCspViolation?.(`${event.documentURI}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    }),
  ]);
  return problems;
}

export interface SiteInBrowser {
  /** The built site's folder. */
  dir: string;
  /** The address of a page, by its path from the site root. */
  url(path: string): string;
  /** A page in a fresh browser context (its own storage), watched for problems until the test ends. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Builds a site once for the test file, serves it with the product's own preview server (Pagefind
 * fetches its index, which file:// cannot serve) and opens Chromium (found as the product finds
 * it, never downloaded). After every test: no console error, failed or 4xx/5xx request, page
 * error, dialog or CSP violation was met on any page that test opened.
 */
export function siteInBrowser(catalogue: () => string): SiteInBrowser {
  let browser: Browser;
  let server: PreviewServer;
  // Per context, so that what a context reports while it closes is not blamed on the next test.
  const watched: { context: BrowserContext; problems: string[] }[] = [];
  const site: SiteInBrowser = {
    dir: '',
    url: (path) => new URL(path, server.url).href,
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      context.setDefaultTimeout(10_000);
      watched.push({ context, problems: await recordProblems(context) });
      return context.newPage();
    },
  };

  beforeAll(async () => {
    site.dir = buildSite(catalogue());
    server = await startPreview({ dir: site.dir, port: 0 });
    browser = await chromium.launch({ executablePath: findBrowser(undefined, process.env), args: browserArgs() });
  }, 120_000);

  afterEach(async () => {
    const closing = watched.splice(0);
    const met = closing.flatMap(({ problems }) => [...problems]);
    await Promise.all(closing.map(({ context }) => context.close()));
    expect(met, 'problems met in the browser').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (site.dir) rmSync(dirname(site.dir), { recursive: true, force: true });
  });

  return site;
}
