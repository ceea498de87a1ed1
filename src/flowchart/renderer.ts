import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';
import { browserArgs } from './browser.js';
import { FONT_FAMILY } from './fonts.js';
import { makeProfileDir, removeProfileDir } from './profile-dir.js';

const require = createRequire(import.meta.url);

export const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;

/** Settings every flowchart is rendered with; part of the cache key. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // SVG <text> labels (not <foreignObject>), so any SVG viewer shows them, not only browsers
  htmlLabels: false,
  flowchart: { htmlLabels: false, useMaxWidth: true, curve: 'basis', wrappingWidth: 240 },
  deterministicIds: true,
  // rough.js draws some shapes (e.g. the stadium, which powercat no longer uses) with random control points even in the classic look
  handDrawnSeed: 1,
  fontFamily: FONT_FAMILY,
  themeVariables: { fontFamily: FONT_FAMILY },
  theme: 'default',
} as const;

const PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div id="container"></div></body></html>';

/**
 * One browser for a whole run, with a page per core that loads mermaid once and calls
 * `mermaid.render()` per diagram (tens of ms each, against ≈ 1.2 s for mermaid-cli's
 * page-per-diagram). Each diagram is rendered alone on its page with its own id seed, so the
 * output does not depend on which page drew it.
 */
export class MermaidRenderer {
  private readonly idle: Page[];
  private readonly waiting: ((page: Page) => void)[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly profile: string,
    pages: Page[],
  ) {
    this.idle = [...pages];
  }

  /**
   * Starts the browser. It is driven over a pipe (`--remote-debugging-pipe`), not a DevTools port:
   * no other local process can connect to it, and it exits as soon as the pipe closes, which the
   * kernel does when powercat ends in any way, `kill -9` included. Its profile is a folder of its
   * own, removed on close (or, after a kill, by the next run).
   */
  static async start(executablePath: string, pageCount = 1): Promise<MermaidRenderer> {
    const { default: puppeteer } = await import('puppeteer');
    const profile = makeProfileDir();
    const browser = await puppeteer
      .launch({ executablePath, headless: true, pipe: true, userDataDir: profile, args: browserArgs() })
      .catch((error: unknown) => {
        removeProfileDir(profile);
        throw error;
      });
    try {
      const mermaidScript = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
      const pages = await Promise.all(
        Array.from({ length: pageCount }, async () => {
          const page = await browser.newPage();
          await page.setContent(PAGE);
          await page.addScriptTag({ content: mermaidScript });
          // The first Chinese text makes the browser load the CJK font; measure nothing before that.
          await renderOn(page, [{ id: 'fc-warm-up', source: 'flowchart TD\n  a["中文字体"]\n' }]);
          await page.evaluate(() => document.fonts.ready);
          return page;
        }),
      );
      return new MermaidRenderer(browser, profile, pages);
    } catch (error) {
      await browser.close();
      removeProfileDir(profile);
      throw error;
    }
  }

  /** The SVG of one diagram, its ids seeded with `id` so many can share a page. */
  async render(id: string, source: string): Promise<string> {
    return (await this.renderBatch([{ id, source }]))[0]!;
  }

  /** Several diagrams in one round trip to a page (each still rendered alone, with its own seed). */
  async renderBatch(diagrams: readonly { id: string; source: string }[]): Promise<string[]> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await renderOn(page, diagrams);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.idle.push(page);
    }
  }

  async close(): Promise<void> {
    try {
      await this.browser.close();
    } finally {
      removeProfileDir(this.profile);
    }
  }
}

function renderOn(page: Page, diagrams: readonly { id: string; source: string }[]): Promise<string[]> {
  return page.evaluate(
    async (items, config) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      const container = document.getElementById('container')!;
      const svgs: string[] = [];
      for (const { id, source } of items) {
        mermaid.initialize({ ...config, deterministicIDSeed: id });
        const { svg } = await mermaid.render(id, source, container);
        container.innerHTML = svg;
        // XML, not HTML: a standalone .svg file must parse as XML
        svgs.push(new XMLSerializer().serializeToString(container.querySelector('svg')!));
        container.innerHTML = '';
      }
      return svgs;
    },
    diagrams as { id: string; source: string }[],
    MERMAID_CONFIG as unknown as Record<string, unknown>,
  );
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string, container?: Element): Promise<{ svg: string }>;
}
