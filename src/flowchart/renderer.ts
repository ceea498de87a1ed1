import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer';
import { browserArgs } from './browser.js';
import { LAYOUT_FONT_SIZE } from './chart-style.js';
import type { ChartLayout } from './draw-chart.js';
import { FONT_FAMILY } from './fonts.js';
import { makeProfileDir, removeProfileDir } from './profile-dir.js';

const require = createRequire(import.meta.url);

export const MERMAID_VERSION = (require('mermaid/package.json') as { version: string }).version;

/**
 * The largest chart powercat draws. Mermaid's layout grows with the chart (≈ 25 ms a node here, so
 * ≈ 10 s at the limit) and a chart of hundreds of steps cannot be read anyway: a larger process is
 * published as its list of steps, with a note. Mermaid's own limits are set to these, so it never
 * refuses (its edge limit) or replaces (its text limit) a chart powercat sends.
 */
export const DRAWING_LIMITS = { nodes: 400, edges: 800, sourceLength: 200_000 } as const;

/** Settings every flowchart is laid out with; part of the cache key. */
export const MERMAID_CONFIG = {
  startOnLoad: false,
  securityLevel: 'strict',
  // SVG <text> labels (not <foreignObject>), so boxes are measured as the chart's text is set
  htmlLabels: false,
  // powercat breaks every line itself (label-lines.ts): Mermaid must never break one again
  markdownAutoWrap: false,
  flowchart: { htmlLabels: false, useMaxWidth: false, curve: 'basis', wrappingWidth: 100_000, nodeSpacing: 40, rankSpacing: 36, padding: 14 },
  maxEdges: DRAWING_LIMITS.edges,
  maxTextSize: DRAWING_LIMITS.sourceLength,
  deterministicIds: true,
  // rough.js draws some shapes with random control points even in the classic look; their boxes are read back
  handDrawnSeed: 1,
  fontFamily: FONT_FAMILY,
  fontSize: LAYOUT_FONT_SIZE,
  themeVariables: { fontFamily: FONT_FAMILY, fontSize: `${LAYOUT_FONT_SIZE}px` },
  theme: 'default',
} as const;

/** The font labels are measured in: Mermaid's, so a line powercat breaks fits the box Mermaid draws. */
export const MEASURE_FONT = `${LAYOUT_FONT_SIZE}px ${FONT_FAMILY}`;

const PAGE = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><div id="container"></div></body></html>';

/** A diagram's layout, or why Mermaid could not lay it out. */
export type LayoutResult = { layout: ChartLayout } | { error: string };

/**
 * One browser for a whole run, with a page per core that loads mermaid once and lays out each
 * diagram with `mermaid.render()` (tens of ms each, against ≈ 1.2 s for mermaid-cli's
 * page-per-diagram). Each diagram is laid out alone, so the result does not depend on which page
 * drew it. Only the geometry comes back: the chart itself is written by draw-chart.ts.
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
          await layoutOn(page, ['flowchart TD\n  a["中文字体"]\n']);
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

  /** The advance width of each text in the label font (CSS px), as the browser sets it. */
  measure(texts: readonly string[]): Promise<number[]> {
    return this.onPage((page) =>
      page.evaluate(
        (items, font) => {
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = font;
          return items.map((text) => context.measureText(text).width);
        },
        texts as string[],
        MEASURE_FONT,
      ),
    );
  }

  /** Several diagrams laid out in one round trip to a page, each alone. */
  layoutBatch(sources: readonly string[]): Promise<LayoutResult[]> {
    return this.onPage((page) => layoutOn(page, sources));
  }

  private async onPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
    const page = this.idle.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(page);
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

/*
 * In the page: Mermaid renders the diagram, and its geometry is read back in the coordinates of
 * the diagram's viewBox — each node's box (from its shape), each edge's points (the route Mermaid
 * computed, `data-points`) — and nothing else: no text, no style, no markup of Mermaid's.
 */
function layoutOn(page: Page, sources: readonly string[]): Promise<LayoutResult[]> {
  return page.evaluate(
    async (items, config) => {
      const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
      const container = document.getElementById('container')!;
      const results: LayoutResult[] = [];
      // One id for every diagram: ids appear in Mermaid's markup only, which is not kept.
      const id = 'fc-layout';
      for (const source of items) {
        try {
          mermaid.initialize(config);
          const { svg } = await mermaid.render(id, source, container);
          container.innerHTML = svg;
          const root = container.querySelector('svg')!;
          const toRoot = (element: SVGGraphicsElement) => root.getScreenCTM()!.inverse().multiply(element.getScreenCTM()!);
          const at = (m: DOMMatrix, x: number, y: number): [number, number] => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
          const nodes: ChartLayout['nodes'] = {};
          for (const group of root.querySelectorAll<SVGGElement>('g.node')) {
            const nodeId = /-flowchart-([a-z]\d+)-\d+$/.exec(group.id)?.[1];
            const shape = group.querySelector<SVGGraphicsElement>('.label-container');
            if (nodeId === undefined || shape === null) continue;
            const box = shape.getBBox();
            const m = toRoot(shape);
            const [x1, y1] = at(m, box.x, box.y);
            const [x2, y2] = at(m, box.x + box.width, box.y + box.height);
            nodes[nodeId] = { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
          }
          const edges: ChartLayout['edges'] = [];
          for (const path of root.querySelectorAll<SVGPathElement>('path[data-points]')) {
            const m = toRoot(path);
            const points = (JSON.parse(atob(path.dataset.points!)) as { x: number; y: number }[]).map((p) => at(m, p.x, p.y));
            edges.push({ id: path.dataset.id ?? '', points });
          }
          const view = root.viewBox.baseVal;
          results.push({ layout: { viewBox: [view.x, view.y, view.width, view.height], nodes, edges } });
        } catch (error) {
          results.push({ error: error instanceof Error ? error.message : String(error) });
        } finally {
          container.innerHTML = '';
          // what Mermaid leaves behind when it fails
          document.getElementById(`d${id}`)?.remove();
        }
      }
      return results;
    },
    sources as string[],
    MERMAID_CONFIG as unknown as Record<string, unknown>,
  );
}

interface MermaidApi {
  initialize(config: Record<string, unknown>): void;
  render(id: string, text: string, container?: Element): Promise<{ svg: string }>;
}
