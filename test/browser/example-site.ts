import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { HOME_PATH, SEARCH_PATH, departmentPagePath } from '../../src/site/pages/common.js';
import type { SiteInBrowser } from '../helpers/browser.js';
import { REPO } from '../helpers/catalogue.js';
import { searchAnswer } from './search-page.js';

export const EXAMPLE = join(REPO, 'examples/qingshui');

/** What a citizen types: a word of a power's name. */
export const NAME_QUERY = '食品';

export const HAN = /\p{Script=Han}/u;

export interface Subject {
  code: string;
  name: string;
  status: string;
  public: boolean;
  /** The power's page, from the site root. */
  path: string;
  /** A department id (open-data format 2). */
  department: string;
  flowcharts?: { external?: string; internal?: string };
}

/**
 * The power the citizen looks for, read from the site's own open data: the first current, public
 * one with both flowcharts whose name has the query.
 */
export function subjectPower(siteDir: string): Subject {
  const { powers } = JSON.parse(readFileSync(join(siteDir, 'data/catalogue.json'), 'utf8')) as { powers: Subject[] };
  const found = powers.find((p) => p.status === 'active' && p.public && p.flowcharts?.external && p.flowcharts.internal && p.name.includes(NAME_QUERY));
  if (!found) throw new Error(`the example has no current public power with flowcharts named with ${NAME_QUERY}`);
  return found;
}

/** A department's name, read from the site's own open data (a power names its department by id). */
export function departmentName(siteDir: string, id: string): string {
  const { departments } = JSON.parse(readFileSync(join(siteDir, 'data/catalogue.json'), 'utf8')) as { departments: { id: string; name: string }[] };
  return departments.find((d) => d.id === id)?.name ?? id;
}

export const searchPath = (query: string) => `${SEARCH_PATH}?q=${encodeURIComponent(query)}`;

/** A page of the example site a test looks at, and what it must wait for before looking. */
export interface ExamplePage {
  name: string;
  path(subject: Subject): string;
  ready?(page: Page): Promise<unknown>;
}

export const HOME: ExamplePage = { name: 'home', path: () => HOME_PATH };
export const DEPARTMENT: ExamplePage = { name: 'department', path: (s) => departmentPagePath(s.department) };
export const POWER: ExamplePage = { name: 'power', path: (s) => s.path };
export const SEARCH_RESULTS: ExamplePage = { name: 'search', path: () => searchPath(NAME_QUERY), ready: (page) => searchAnswer(page, NAME_QUERY) };

/** Opens one of those pages in a fresh context and waits until it is ready to be looked at. */
export async function openExamplePage(site: SiteInBrowser, { path, ready }: ExamplePage, options?: BrowserContextOptions): Promise<Page> {
  const page = await site.newPage(options);
  await page.goto(site.url(path(subjectPower(site.dir))));
  await ready?.(page);
  return page;
}
