import type { Page } from 'playwright-core';

/**
 * Waits for the search page to answer the query (found or not: both messages quote it, the loading
 * message does not) and returns the result links' text, in order.
 */
export async function searchAnswer(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-status').filter({ hasText: query.trim() }).waitFor();
  return page.locator('#search-results > li > h2 > a').allTextContents();
}
